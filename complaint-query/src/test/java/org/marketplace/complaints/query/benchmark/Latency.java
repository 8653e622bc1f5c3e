package org.marketplace.complaints.query.benchmark;

import java.util.Arrays;
import java.util.function.IntSupplier;

/** Latency percentiles of one request, called again and again after a warm-up. */
record Latency(String label, int calls, double p50, double p95, double p99, double p999, double max) {

    static Latency of(String label, int warmUp, int calls, IntSupplier request) {
        for (int i = 0; i < warmUp; i++) {
            check(label, request.getAsInt());
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            check(label, request.getAsInt());
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new Latency(label, calls, millis(nanos, 0.50), millis(nanos, 0.95), millis(nanos, 0.99), millis(nanos, 0.999),
                nanos[calls - 1] / 1e6);
    }

    private static void check(String label, int status) {
        if (status != 200) {
            throw new IllegalStateException(label + " answered " + status);
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** A row of QueryLatencyBenchmark's table: p50, p95, p99, max and the number of calls measured. */
    String line() {
        return String.format("| %-70s | %6.2f | %6.2f | %6.2f | %7.2f | %,6d |", label, p50, p95, p99, max, calls);
    }

    String row(int complaints) {
        return String.format("| %,9d | %-44s | %7.2f | %7.2f | %7.2f | %7.2f |", complaints, label, p50, p99, p999, max);
    }
}
