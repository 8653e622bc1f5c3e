package org.marketplace.complaints.e2e.scaleout;

import static org.marketplace.complaints.e2e.support.Marketplace.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;
import org.marketplace.complaints.e2e.support.Cluster;
import org.marketplace.complaints.e2e.support.RunningSystem;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * Not a test (surefire's default patterns skip *Benchmark): how long a filing takes, from the command service's
 * answer, to show in My Complaints on the query service, another process, on PostgreSQL. Files one complaint at a
 * time and reads My Complaints (a plain read, without X-Min-Event-Position) until the new complaint is on it, as
 * the benchmark kit's driver does; prints the percentiles after a warm-up. The figure includes the last read's round
 * trip, printed beside it. With -Dbenchmark.readYourWrites=true each read carries the filing's X-Event-Position as
 * X-Min-Event-Position, as the web app's reads after a command do: the query service answers once My Complaints has
 * the filing (one read, which must show it), and the reader no longer takes the CPU of a read every few milliseconds
 * from the projection it waits for. The services run on the JVM's defaults, as run.sh and production start them,
 * not on the tests' small heap and C1-only compiler, and the warm-up (1,000 filings) lets the JIT compile the hot
 * paths: what a buyer meets is a service that has been up for hours, not one that has just started.
 * docs/performance.md, "Freshness"; run (service jars built first, see docs/performance.md):
 * mvn -B -pl complaint-e2e test -Dtest=FreshnessBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dbenchmark.filings=200] [-Dbenchmark.warmUp=1000] [-Dbenchmark.notify=false for the poll alone]
 *     [-Dbenchmark.readYourWrites=true]
 *     [-Dbenchmark.backgroundPerSecond=100: other buyers file at that rate meanwhile, freshness under load]
 */
@EnabledIfSystemProperty(named = "e2e.database", matches = "postgres", disabledReason = "runs in the postgres execution")
@ExtendWith(RunningSystem.StoppedBefore.class)
class FreshnessBenchmark {

    @Test
    void printsTheTimeFromAcknowledgedToVisible() throws Exception {
        int filings = Integer.getInteger("benchmark.filings", 200);
        int warmUp = Integer.getInteger("benchmark.warmUp", 1000);
        String notify = System.getProperty("benchmark.notify", "true");
        boolean readYourWrites = Boolean.getBoolean("benchmark.readYourWrites");
        try (Cluster cluster = Cluster.onFreshPostgres("freshness").withJvmOptions(List.of()).with(Map.of(
                "COMPLAINTS_RATELIMITS_COMMANDSPERMINUTE", "1000000",
                "COMPLAINTS_RATELIMITS_FILINGSPERHOUR", "1000000",
                "COMPLAINTS_EVENTS_NOTIFY", notify))) {
            ServiceProcess command = cluster.command("command");
            ServiceProcess query = cluster.query("query");
            cluster.awaitHealthy(command, query);
            Api filer = new Api(command.baseUrl(), "buyer-1");
            Api reader = new Api(query.baseUrl(), "buyer-1");
            Background background = new Background(command, Integer.getInteger("benchmark.backgroundPerSecond", 0));

            List<Double> lags = new ArrayList<>();
            List<Double> reads = new ArrayList<>();
            int firstRead = 0;
            for (int i = 0; i < warmUp + filings; i++) {
                Answer filed = expect(201, filer.post("/api/complaints",
                        Filing.complaint("fresh-" + UUID.randomUUID(), "seller-9")));
                long acknowledged = System.nanoTime();
                String id = filed.text("complaintId");
                Long minPosition = readYourWrites ? Long.valueOf(filed.header("X-Event-Position")) : null;
                int attempts = 0;
                while (true) {
                    long before = System.nanoTime();
                    boolean visible = contains(expect(200, reader.get("/api/my/complaints?size=50", minPosition)), id);
                    long after = System.nanoTime();
                    attempts++;
                    if (i >= warmUp) {
                        reads.add((after - before) / 1e6);
                    }
                    if (visible) {
                        break;
                    }
                    if (readYourWrites) {
                        throw new AssertionError("a read with X-Min-Event-Position did not show the filing " + id);
                    }
                }
                if (i >= warmUp) {
                    lags.add((System.nanoTime() - acknowledged) / 1e6);
                    firstRead += attempts == 1 ? 1 : 0;
                }
            }
            String load = background.stop();
            Collections.sort(lags);
            Collections.sort(reads);
            System.out.printf("freshness on PostgreSQL, notifications %s, %s: %d filings one at a time, "
                            + "acknowledged -> visible in My Complaints: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                            + "max %.1f ms; visible on the first read %.0f%%; one read p50 %.1f ms; %s%n",
                    notify.equals("true") ? "on" : "off",
                    readYourWrites ? "reads with X-Min-Event-Position" : "plain reads until it shows", filings,
                    at(lags, 0.50), at(lags, 0.95), at(lags, 0.99), lags.get(lags.size() - 1),
                    100.0 * firstRead / filings, at(reads, 0.50), load);
        }
    }

    /**
     * Other buyers filing at a fixed rate while the measured buyer files one at a time: the freshness of one filing
     * under load. Filings are started on schedule whatever the answers take, so the rate holds as long as the
     * services keep up; the achieved rate is printed beside the figures.
     */
    private static final class Background {

        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        private final ExecutorService filers = Executors.newFixedThreadPool(16);
        private final AtomicLong filed = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final long started = System.nanoTime();
        private final int perSecond;

        Background(ServiceProcess command, int perSecond) {
            this.perSecond = perSecond;
            if (perSecond > 0) {
                Api other = new Api(command.baseUrl(), "buyer-2");
                clock.scheduleAtFixedRate(() -> filers.execute(() -> {
                    Answer answer = other.post("/api/complaints",
                            Filing.complaint("load-" + UUID.randomUUID(), "seller-8"));
                    (answer.status() == 201 ? filed : failed).incrementAndGet();
                }), 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
            }
        }

        /** Stops the load; what it achieved. */
        String stop() throws InterruptedException {
            clock.shutdownNow();
            filers.shutdown();
            filers.awaitTermination(30, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - started) / 1e9;
            return perSecond == 0 ? "no other load" : String.format(
                    "other buyers filed %.0f/s meanwhile (asked %d/s, %d failed)", filed.get() / seconds, perSecond,
                    failed.get());
        }
    }

    private static boolean contains(Answer page, String id) {
        for (JsonNode item : page.json().get("items")) {
            if (item.get("complaintId").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
