package org.exportpulse.core.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * A method that draws whole future paths, for quantities that depend on several months at once (a
 * fiscal-year total): their intervals come from the simulated totals, never from adding the
 * months' interval bounds.
 */
public interface PathSimulator {

    /**
     * Paths drawn from the model the method fits to {@code y}.
     *
     * @param y consecutive values, oldest first, none missing
     * @param period the seasonal period (12 for monthly data)
     * @param horizon steps ahead, at least 1
     * @param count how many paths
     * @param seed the same seed gives the same paths
     * @throws IllegalArgumentException when the series cannot be modelled (too short, say)
     */
    SimulatedPaths simulate(double[] y, int period, int horizon, int count, long seed);

    /**
     * Simulated paths; immutable: the arrays are copied in and out, and two results are equal when
     * their models and every value are.
     *
     * @param model what was fitted, e.g. {@code ETS(A,A,A)}
     * @param paths {@code paths[p][h]}: path p at horizon h + 1
     */
    record SimulatedPaths(String model, double[][] paths) {

        public SimulatedPaths {
            Objects.requireNonNull(model, "model");
            paths = deepCopy(paths);
        }

        /** A copy of the paths, {@code [p][h]}. */
        @Override
        public double[][] paths() {
            return deepCopy(paths);
        }

        /** How many paths. */
        public int count() {
            return paths.length;
        }

        /** A copy of path {@code p}, horizons 1 … h. */
        public double[] path(int p) {
            return paths[p].clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SimulatedPaths other
                    && model.equals(other.model)
                    && Arrays.deepEquals(paths, other.paths);
        }

        @Override
        public int hashCode() {
            return 31 * model.hashCode() + Arrays.deepHashCode(paths);
        }

        @Override
        public String toString() {
            return "SimulatedPaths[model=" + model + ", paths=" + paths.length + "]";
        }

        private static double[][] deepCopy(double[][] paths) {
            double[][] copy = new double[paths.length][];
            for (int p = 0; p < paths.length; p++) {
                copy[p] = paths[p].clone();
            }
            return copy;
        }
    }
}
