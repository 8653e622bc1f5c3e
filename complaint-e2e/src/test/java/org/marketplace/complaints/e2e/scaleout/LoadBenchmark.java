package org.marketplace.complaints.e2e.scaleout;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.Operations;
import org.marketplace.complaints.e2e.support.PostgresDatabase;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * Not a test (surefire's default patterns skip *Benchmark): the throughput of filing complaints over HTTP against
 * the two services, separate processes started as run.sh starts them (the JVM's defaults, no test options), on a
 * fresh PostgreSQL database. Clients file one complaint after another (a closed loop: POST /api/complaints, no
 * pause), as buyer-1 and buyer-2 in turn; per client count it prints requests/s, filed and projected/s (until every
 * processor of the query service has passed the last acknowledged filing's event), the filings' latency
 * percentiles and the CPU per complaint of the command service, the query service and PostgreSQL (LoadWindow).
 *
 * <p>The procedure is the benchmark kit's, so that its figures stand beside the reference application's: a warm-up
 * with 2 clients in rounds of 5 s, at least benchmark.warmup seconds and on while the services' JIT compilers use
 * more than 15 % of a core, up to benchmark.warmupMax; then per client count a 2 s unrecorded ramp, the projection
 * caught up, benchmark.seconds recorded, and the time until the projection has caught up again. docs/performance.md,
 * "Load"; run (service jars built first, see docs/performance.md):
 * mvn -B -pl complaint-e2e test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false   (the postgres execution)
 *     [-Dbenchmark.clients=1,8] [-Dbenchmark.seconds=20] [-Dbenchmark.warmup=30] [-Dbenchmark.warmupMax=150]
 *     [-Dbenchmark.jvmOptions="-Xmx1g -XX:+UseParallelGC"]
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class LoadBenchmark {

    private static final int WARM_UP_CLIENTS = 2;
    private static final Duration ROUND = Duration.ofSeconds(5);
    private static final Duration RAMP = Duration.ofSeconds(2);
    private static final double JIT_QUIET_PERCENT = 15.0;
    /** A bound against a projection that stopped, far above any catching up seen (a few seconds). */
    private static final Duration PROJECTION_BOUND = Duration.ofMinutes(5);

    @Test
    void printsThroughputLatencyAndCpuPerComplaint() throws Exception {
        List<Integer> clientCounts = Arrays.stream(System.getProperty("benchmark.clients", "1,8").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        int seconds = Integer.getInteger("benchmark.seconds", 20);
        int warmUp = Integer.getInteger("benchmark.warmup", 30);
        int warmUpMax = Integer.getInteger("benchmark.warmupMax", 150);
        List<String> jvmOptions = Arrays.stream(System.getProperty("benchmark.jvmOptions", "").split("\\s+"))
                .filter(option -> !option.isBlank()).toList();
        try (Cluster cluster = Cluster.onFreshPostgres("load").withJvmOptions(jvmOptions).with(Map.of(
                "COMPLAINTS_RATELIMITS_COMMANDSPERMINUTE", "1000000",
                "COMPLAINTS_RATELIMITS_FILINGSPERHOUR", "1000000"))) {
            ServiceProcess command = cluster.command("command");
            ServiceProcess query = cluster.query("query");
            cluster.awaitHealthy(command, query);
            PostgresDatabase database = cluster.database();
            Operations operations = new Operations(query);
            System.out.printf("load on PostgreSQL, %s, %d cores, load average %s, services' JVM options %s%n",
                    Instant.now(), Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).strip(), jvmOptions.isEmpty() ? "none" : jvmOptions);

            long highest = warmUp(command, query, database, operations, warmUp, warmUpMax);
            List<LoadWindow> windows = new ArrayList<>();
            for (int clients : clientCounts) {
                try (FilingLoad ramp = FilingLoad.startUntil(command.baseUrl(), clients, System.nanoTime() + RAMP.toNanos())) {
                    ramp.awaitDeadline();
                    highest = Math.max(highest, ramp.highestPosition());
                }
                // the window starts with nothing left to project, so that it is charged only its own filings
                awaitProjected(operations, highest);
                LoadWindow window = measure(command, query, database, operations, clients, seconds);
                highest = Math.max(highest, window.highestPosition());
                windows.add(window);
                System.out.print(window.report());
            }
            System.out.print(LoadWindow.table(windows));
        }
    }

    private static LoadWindow measure(ServiceProcess command, ServiceProcess query, PostgresDatabase database,
                               Operations operations, int clients, int seconds) throws Exception {
        CpuSample start = CpuSample.take(command, query, database);
        try (FilingLoad load = FilingLoad.startUntil(command.baseUrl(), clients,
                start.nanos() + Duration.ofSeconds(seconds).toNanos())) {
            load.awaitDeadline();
            CpuSample end = CpuSample.take(command, query, database);
            awaitProjected(operations, load.highestPosition());
            long projected = System.nanoTime();
            CpuSample caughtUp = CpuSample.take(command, query, database);
            return LoadWindow.of(clients, seconds, load, start.nanos(), projected, end.since(start), caughtUp.since(start));
        }
    }

    /**
     * Files with 2 clients in rounds of 5 s, the projection caught up after each (no backlog builds up), until
     * {@code minSeconds} have passed and the services' JIT compilers were quiet in the last round, or
     * {@code maxSeconds} have; the highest event position filed.
     */
    private static long warmUp(ServiceProcess command, ServiceProcess query, PostgresDatabase database,
                               Operations operations, int minSeconds, int maxSeconds) throws Exception {
        long started = System.nanoTime();
        long highest = -1;
        int filed = 0;
        double jitPercent;
        double elapsed;
        do {
            CpuSample before = CpuSample.take(command, query, database);
            try (FilingLoad round = FilingLoad.startUntil(command.baseUrl(), WARM_UP_CLIENTS, System.nanoTime() + ROUND.toNanos())) {
                round.awaitDeadline();
                highest = Math.max(highest, round.highestPosition());
                filed += round.acknowledged().size();
            }
            awaitProjected(operations, highest);
            jitPercent = CpuSample.take(command, query, database).jitPercentSince(before);
            elapsed = (System.nanoTime() - started) / 1e9;
        } while (elapsed < minSeconds || (jitPercent > JIT_QUIET_PERCENT && elapsed + ROUND.toSeconds() <= maxSeconds));
        System.out.printf("warm-up: %.0f s, %d filed, the services' JIT compilers at %.0f %% of a core in the last round%n",
                elapsed, filed, jitPercent);
        return highest;
    }

    /**
     * Waits until every processor of the query service has passed {@code position}: a complaint filed at or before
     * it is then in every read model, not only in My Complaints. Polled every 10 ms, which bounds the resolution
     * of the filed-and-projected figure (and costs the query service a little CPU, charged to the window, as the
     * kit's driver's polling of My Complaints is).
     */
    private static void awaitProjected(Operations operations, long position) {
        await().atMost(PROJECTION_BOUND).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> passed(operations.processors(), position));
    }

    private static boolean passed(JsonNode processors, long position) {
        if (processors.isEmpty()) {
            return false;
        }
        for (JsonNode processor : processors) {
            JsonNode at = processor.path("position");
            if (!at.isNumber() || at.asLong() < position) {
                return false;
            }
        }
        return true;
    }
}
