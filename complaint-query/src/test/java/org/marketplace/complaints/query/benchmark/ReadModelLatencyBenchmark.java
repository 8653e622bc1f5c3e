package org.marketplace.complaints.query.benchmark;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * Not a unit test (surefire's default patterns do not pick a *Benchmark up): loads 1,000, then 10,000, then
 * 100,000 complaints and prints the latency of My Complaints and of the arbitration queue over HTTP at each
 * volume. The complaints go in as events and the running processors project them, as in production: what is
 * measured is the tables and indexes the projections really build, and the load also times a projection.
 * Run: mvn -B -pl complaint-query test -Dtest=ReadModelLatencyBenchmark [-Dbenchmark.sizes=1000,10000,100000]
 * [-Dbenchmark.calls=2000]. Each row is printed as soon as it is measured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // an H2 file like the embedded default, fresh for each run
        "spring.datasource.url=jdbc:h2:file:./target/benchmark/complaints-${random.uuid}",
        "complaints.query.freshness-timeout=PT30M",
        "logging.level.org.axonframework=WARN"})
class ReadModelLatencyBenchmark {

    private static final List<String> GROUPS = List.of("my-complaints", "shop-complaints", "arbitration-queue", "complaint-detail");
    private static final Map<String, String> QUERIES = Map.of(
            "My Complaints (buyer-1: 20 complaints)", "buyer-1 /api/my/complaints",
            "My Complaints ?state=PLATFORM_INTERVENED", "buyer-1 /api/my/complaints?state=PLATFORM_INTERVENED",
            "queue, first page", "arbiter-1 /api/arbitration/queue",
            "queue ?unassigned=true", "arbiter-1 /api/arbitration/queue?unassigned=true",
            "queue ?category=LATE_DELIVERY", "arbiter-1 /api/arbitration/queue?category=LATE_DELIVERY",
            "queue ?assignee=arbiter-1&page=5", "arbiter-1 /api/arbitration/queue?assignee=arbiter-1&page=5");

    @LocalServerPort
    int port;
    @Autowired
    EventStore store;
    @Autowired
    ProjectionFreshness freshness;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printsTheQueryLatencies_at1k10kAnd100kComplaints() {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "1000,10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<String> table = new ArrayList<>(List.of(
                "| complaints | query                                        |  p50 ms |  p99 ms | p999 ms |  max ms |",
                "|-----------:|----------------------------------------------|--------:|--------:|--------:|--------:|"));
        int calls = Integer.getInteger("benchmark.calls", 2000);
        table.forEach(System.out::println);
        int loaded = 0;
        for (int size : sizes) {
            long started = System.nanoTime();
            load(loaded, size);
            System.out.printf("%,d complaints stored and projected by all four read models in %.1f s%n",
                    size, (System.nanoTime() - started) / 1e9);
            loaded = size;
            for (var query : QUERIES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                String row = Latency.of(query.getKey(), Math.min(200, calls), calls, () -> get(query.getValue())).row(size);
                System.out.println(row);
                table.add(row);
            }
        }
        System.out.println(String.join("\n", table));
    }

    /** Appends complaints [from, to) in batches of 500, as one transaction each, then waits for every read model. */
    private void load(int from, int to) {
        for (int batch = from; batch < to; batch += 500) {
            List<DomainEventMessage<?>> events = IntStream.range(batch, Math.min(to, batch + 500))
                    .boxed().flatMap(i -> SyntheticComplaints.eventsOf(i).stream()).toList();
            store.publish(events);
        }
        long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        GROUPS.forEach(group -> freshness.awaitProcessed(group, head));
    }

    private int get(String userAndPath) {
        String[] parts = userAndPath.split(" ", 2);
        return DemoHttp.get(port, parts[0], parts[1], HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
