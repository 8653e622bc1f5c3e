package org.marketplace.complaints.query.benchmark;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a unit test (surefire's default patterns skip *Benchmark): stores at least 100,000 events, then exports
 * the whole global stream as NDJSON over HTTP and prints the rate and the heap in use at its peak during the
 * export, beside the size of what was streamed: a bounded-memory export keeps the peak far below the output.
 * "In use" counts garbage not yet collected, so a second export measures the live set: a full collection every
 * 250 ms, the heap read right after it. What the export itself holds is that peak less the live set before.
 * Run: mvn -B -pl complaint-query test -Dtest=AuditExportBenchmark [-Dbenchmark.events=100000]
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/benchmark/audit-${random.uuid}",
        "complaints.query.freshness-timeout=PT30M",
        "logging.level.org.axonframework=WARN"})
class AuditExportBenchmark {

    private static final List<String> GROUPS = List.of("my-complaints", "shop-complaints", "arbitration-queue", "complaint-detail");

    @LocalServerPort
    int port;
    @Autowired
    EventStore store;
    @Autowired
    ProjectionFreshness freshness;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printsTheNdjsonExportRate_andThePeakHeap() throws Exception {
        long target = Long.getLong("benchmark.events", 100_000);
        long stored = load(target);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        long[] linesAndBytes = export();
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        System.out.printf("stored events: %,d%n", stored);
        System.out.printf("exported: %,d lines, %,.1f MB of NDJSON in %.2f s = %,.0f events/s%n",
                linesAndBytes[0], linesAndBytes[1] / 1e6, seconds, linesAndBytes[0] / seconds);
        System.out.printf("heap in use: %,.1f MB before, %,.1f MB at the peak of the export (max heap %,.0f MB)%n",
                before / 1e6, peak.get() / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
        printLiveSet(memory);
    }

    /** Exports again while a sampler collects every 250 ms and reads the heap right after: the live set. */
    private void printLiveSet(MemoryMXBean memory) throws Exception {
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong samples = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                samples.incrementAndGet();
                try {
                    Thread.sleep(250);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long[] linesAndBytes = export();
        sampler.interrupt();
        sampler.join();
        System.out.printf("live heap after a full GC: %,.1f MB before, at most %,.1f MB during a second export "
                        + "(%,d samples): the export held at most %,.1f MB while streaming %,.1f MB%n",
                before / 1e6, peak.get() / 1e6, samples.get(), (peak.get() - before) / 1e6, linesAndBytes[1] / 1e6);
    }

    /** Stores synthetic complaints in batches until at least {@code target} events exist; waits for the projections. */
    private long load(long target) {
        int next = 0;
        while (count() < target) {
            int from = next;
            List<DomainEventMessage<?>> events = IntStream.range(from, from + 500).boxed()
                    .flatMap(i -> SyntheticComplaints.eventsOf(i).stream()).toList();
            store.publish(events);
            next += 500;
        }
        long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        GROUPS.forEach(group -> freshness.awaitProcessed(group, head));
        return count();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    private long[] export() throws Exception {
        String basic = Base64.getEncoder().encodeToString("auditor-1:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/audit/events"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofInputStream());
        long lines = 0;
        long bytes = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                bytes += line.length() + 1;
            }
        }
        return new long[]{lines, bytes};
    }
}
