package org.exportpulse.core.forecast;

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
     * @param model what was fitted, e.g. {@code ETS(A,A,A)}
     * @param paths {@code paths[p][h]}: path p at horizon h + 1
     */
    record SimulatedPaths(String model, double[][] paths) {}
}
