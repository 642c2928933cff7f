package org.exportpulse.bench;

import java.util.ArrayList;
import java.util.List;

/** Repeated wall-clock measurements of one task, in seconds. */
final class Timings {

    /** A task measured once per run. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    /** A task that measures itself and returns the seconds its measured part took. */
    @FunctionalInterface
    interface SelfTimedTask {
        double run() throws Exception;
    }

    private final List<Double> seconds = new ArrayList<>();

    /** As {@link #measure}, keeping the times the task reports (its setup excluded). */
    static Timings measureInside(int runs, SelfTimedTask task) throws Exception {
        task.run();
        Timings t = new Timings();
        for (int i = 0; i < runs; i++) {
            t.seconds.add(task.run());
        }
        return t;
    }

    /** One unmeasured warm-up run (class loading, JIT), then {@code runs} measured ones. */
    static Timings measure(int runs, Task task) throws Exception {
        task.run();
        Timings t = new Timings();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            t.seconds.add((System.nanoTime() - start) / 1e9);
        }
        return t;
    }

    double median() {
        List<Double> sorted = new ArrayList<>(seconds);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (double s : seconds) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format("%.3f", s));
        }
        return String.format("median %.3f s (runs: %s)", median(), text);
    }
}
