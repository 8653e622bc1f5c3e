package org.marketplace.complaints.e2e.scaleout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One recorded window of LoadBenchmark and what it gives: filings acknowledged per second, filed and projected
 * per second (the acknowledged filings over the time from the window's start until the query service had
 * projected the last of them), the acknowledged filings' latency, and the CPU each process spent per complaint
 * from the window's start until that moment. The figures are the ones the benchmark kit's load driver prints
 * (rps, e2e_rps, p50…max, *_cpu_ms_per_req), counted the same way, so that the two can be set side by side.
 */
record LoadWindow(int clients, int seconds, int filed, List<String> failures, long highestPosition,
                  double projectedAfterSeconds, List<Double> latenciesMs, CpuSample.Use window, CpuSample.Use untilProjected) {

    static LoadWindow of(int clients, int seconds, FilingLoad load, long startNanos, long projectedNanos,
                         CpuSample.Use window, CpuSample.Use untilProjected) {
        List<Double> latencies = new ArrayList<>();
        for (long nanos : load.acknowledgedNanos()) {
            latencies.add(nanos / 1e6);
        }
        Collections.sort(latencies);
        List<String> failures = load.answers().stream().filter(answer -> !answer.equals("201")).toList();
        return new LoadWindow(clients, seconds, latencies.size(), failures, load.highestPosition(),
                (projectedNanos - startNanos) / 1e9, latencies, window, untilProjected);
    }

    double requestsPerSecond() {
        return (double) filed / seconds;
    }

    double projectedPerSecond() {
        return filed / projectedAfterSeconds;
    }

    /** Nearest rank, as the kit's driver computes it. */
    double latencyMs(double quantile) {
        return latenciesMs.get(Math.max(0, (int) Math.ceil(quantile * latenciesMs.size()) - 1));
    }

    double cpuMsPerComplaint(double ms) {
        return ms / filed;
    }

    String report() {
        CpuSample.Use cpu = untilProjected;
        return String.format(Locale.ROOT, """
                == %d client(s), %d s: %d filed, %d failed %s
                   requests/s %.1f | filed and projected/s %.1f (the last projected %.2f s after the window's end)
                   latency ms: p50 %.1f | p95 %.1f | p99 %.1f | max %.1f
                   CPU ms per complaint: command %.2f | query %.2f | PostgreSQL %.2f | total %.2f \
                (every postgres process on the machine: %.2f; the benchmark's own JVM: %.2f)
                   %% of one core in the window: command %.0f | query %.0f | PostgreSQL %.0f | benchmark %.0f \
                | services' JIT %.0f | kernel interrupts %.0f | other processes %.0f; machine busy %.0f %% of %d cores
                """, clients, seconds, filed, failures.size(), failures.isEmpty() ? "" : failures.subList(0,
                        Math.min(5, failures.size())),
                requestsPerSecond(), projectedPerSecond(), projectedAfterSeconds - seconds,
                latencyMs(0.50), latencyMs(0.95), latencyMs(0.99), latenciesMs.get(latenciesMs.size() - 1),
                cpuMsPerComplaint(cpu.commandMs()), cpuMsPerComplaint(cpu.queryMs()), cpuMsPerComplaint(cpu.postgresMs()),
                cpuMsPerComplaint(cpu.totalMs()), cpuMsPerComplaint(cpu.allPostgresMs()), cpuMsPerComplaint(cpu.driverMs()),
                window.percentOfOneCore(window.commandMs()), window.percentOfOneCore(window.queryMs()),
                window.percentOfOneCore(window.postgresMs()), window.percentOfOneCore(window.driverMs()),
                window.percentOfOneCore(window.jitMs()), window.percentOfOneCore(window.interruptsMs()),
                window.percentOfOneCore(window.othersMs()),
                window.machineBusyPercent(), Runtime.getRuntime().availableProcessors());
    }

    static String table(List<LoadWindow> windows) {
        StringBuilder table = new StringBuilder("""
                | clients | requests/s | filed and projected/s | p50 ms | p95 ms | p99 ms | max ms \
                | CPU ms/complaint: command | query | PostgreSQL | total | other processes, % of a core | machine busy |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        for (LoadWindow w : windows) {
            CpuSample.Use cpu = w.untilProjected;
            table.append(String.format(Locale.ROOT,
                    "| %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f %% |%n",
                    w.clients, w.requestsPerSecond(), w.projectedPerSecond(), w.latencyMs(0.50), w.latencyMs(0.95),
                    w.latencyMs(0.99), w.latenciesMs.get(w.latenciesMs.size() - 1),
                    w.cpuMsPerComplaint(cpu.commandMs()), w.cpuMsPerComplaint(cpu.queryMs()),
                    w.cpuMsPerComplaint(cpu.postgresMs()), w.cpuMsPerComplaint(cpu.totalMs()),
                    w.window.percentOfOneCore(w.window.othersMs()), w.window.machineBusyPercent()));
        }
        return table.toString();
    }
}
