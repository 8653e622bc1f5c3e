package org.marketplace.complaints.query.benchmark;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.freshness.ProjectionBehindException;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a unit test (surefire's default patterns skip *Benchmark): appends a marketplace's complaints
 * (MarketComplaints, default 1,000,000, -Dbenchmark.complaints), lets the four read models' processors project
 * them as in production, then measures over HTTP, one request after another after a warm-up, every list a party
 * or an arbitrator opens and the detail of random complaints: p50/p95/p99/max in ms per query. Prints how long
 * each phase took and the load average, since the figures mean little without how busy the machine was.
 * On PostgreSQL with the PostgreSQL run's properties (docs/performance.md, "Queries"); an H2 file otherwise.
 * [-Dbenchmark.calls=2000] [-Dbenchmark.warmUp=300] per query. -Dbenchmark.database=jdbc:postgresql://… measures a
 * database an earlier run left behind (without -Dcomplaints.test.database, which would drop it) with no append:
 * after a migration, the same data measured again in minutes instead of the half hour a million take to project.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/benchmark/queries-${random.uuid}",
        "logging.level.org.axonframework=WARN"})
class QueryLatencyBenchmark {

    private static final List<String> GROUPS =
            List.of("my-complaints", "shop-complaints", "arbitration-queue", "complaint-detail");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;
    @Autowired
    EventStore store;
    @Autowired
    ProjectionFreshness freshness;
    @Autowired
    JdbcTemplate jdbc;

    /** Ahead of the annotation's H2 file: dynamic properties take precedence over a test's inlined ones. */
    @DynamicPropertySource
    static void earlierRunsDatabase(DynamicPropertyRegistry properties) {
        String url = System.getProperty("benchmark.database");
        if (url != null) {
            properties.add("spring.datasource.url", () -> url);
            properties.add("spring.datasource.username", () -> System.getProperty("benchmark.databaseUser", "postgres"));
        }
    }

    @Test
    void printsTheLatencyOfEveryQuery() {
        int complaints = Integer.getInteger("benchmark.complaints", 1_000_000);
        int calls = Integer.getInteger("benchmark.calls", 2_000);
        int warmUp = Integer.getInteger("benchmark.warmUp", 300);
        System.out.printf("load average at start: %s%n", loadAverage());
        long appending = System.nanoTime();
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        for (int batch = stored > 0 ? complaints : 0; batch < complaints; batch += 1_000) {
            List<DomainEventMessage<?>> events = IntStream.range(batch, Math.min(complaints, batch + 1_000)).boxed()
                    .flatMap(i -> MarketComplaints.eventsOf(i, complaints).stream()).toList();
            store.publish(events);
        }
        long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        System.out.printf("%s %,d complaints (%,d events) in %.1f s on %s; load average %s%n",
                stored > 0 ? "found (earlier run's)" : "appended", complaints,
                jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class), seconds(appending), jdbc.execute((java.sql.Connection c) ->
                        c.getMetaData().getDatabaseProductName()), loadAverage());
        // each probe waits up to the freshness timeout (5 s) and throws while a read model is still behind
        await().atMost(Duration.ofHours(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptionsInstanceOf(ProjectionBehindException.class)
                .until(() -> {
                    GROUPS.forEach(group -> freshness.awaitProcessed(group, head));
                    return true;
                });
        System.out.printf("all four read models projected %,d complaints %.1f s after the append began; load %s%n",
                complaints, seconds(appending), loadAverage());

        vacuumed();
        Map<String, IntSupplier> queries = queries(complaints);
        List<String> table = new ArrayList<>(List.of(
                "| query                                                                  | p50 ms | p95 ms | p99 ms |  max ms |  calls |",
                "|------------------------------------------------------------------------|-------:|-------:|-------:|--------:|-------:|"));
        table.forEach(System.out::println);
        long measuring = System.nanoTime();
        queries.forEach((label, request) -> {
            String row = Latency.of(label, warmUp, calls, request).line();
            System.out.println(row);
            table.add(row);
        });
        System.out.printf("%n%,d complaints, %,d calls per query after %,d to warm up, measured in %.0f s; "
                + "load average %s%n", complaints, calls, warmUp, seconds(measuring), loadAverage());
        System.out.println(String.join("\n", table));
    }

    /**
     * The tests' PostgreSQL server runs with autovacuum off, and a freshly loaded table has neither statistics nor
     * a visibility map: the planner then guesses from an empty table and no scan can be index-only, so a count
     * reads every matching row's heap page. Production's autovacuum would long since have vacuumed and analyzed
     * tables that size; -Dbenchmark.vacuum=false measures them as loaded.
     */
    private void vacuumed() {
        boolean postgres = "PostgreSQL".equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName()));
        if (postgres && Boolean.parseBoolean(System.getProperty("benchmark.vacuum", "true"))) {
            long vacuuming = System.nanoTime();
            jdbc.execute("VACUUM (ANALYZE)");
            System.out.printf("VACUUM (ANALYZE) of the database in %.1f s%n", seconds(vacuuming));
        }
    }

    /** Each query by its label, in the order measured; deep pages are the last page of what the first one counts. */
    private Map<String, IntSupplier> queries(int complaints) {
        Map<String, IntSupplier> queries = new LinkedHashMap<>();
        String buyer2 = MarketComplaints.HEAVY_BUYER;
        String seller2 = MarketComplaints.LARGE_SHOP;
        long mine = total(buyer2, "/api/my/complaints");
        long awaiting = total(buyer2, "/api/my/complaints?state=AWAITING_SELLER");
        long shop = total(seller2, "/api/shop/complaints");
        long unassigned = total("arbiter-1", "/api/arbitration/queue?unassigned=true");
        System.out.printf("buyer-1: %,d complaints; buyer-2: %,d (%,d awaiting the seller); seller-1: %,d; "
                        + "seller-2: %,d; queue: %,d entries, %,d unassigned, %,d assigned to arbiter-1%n",
                total("buyer-1", "/api/my/complaints"), mine, awaiting, total("seller-1", "/api/shop/complaints"),
                shop, total("arbiter-1", "/api/arbitration/queue"), unassigned,
                total("arbiter-1", "/api/arbitration/queue?assignee=arbiter-1"));
        put(queries, "buyer-1", "/api/my/complaints");
        put(queries, buyer2, "/api/my/complaints");
        put(queries, buyer2, "/api/my/complaints?page=" + lastPage(mine));
        put(queries, buyer2, "/api/my/complaints?state=AWAITING_SELLER");
        put(queries, buyer2, "/api/my/complaints?state=AWAITING_SELLER&page=" + lastPage(awaiting));
        put(queries, buyer2, "/api/my/complaints?state=PLATFORM_INTERVENED");
        put(queries, "seller-1", "/api/shop/complaints");
        put(queries, seller2, "/api/shop/complaints");
        put(queries, seller2, "/api/shop/complaints?page=" + lastPage(shop));
        put(queries, seller2, "/api/shop/complaints?state=NEGOTIATING");
        put(queries, "arbiter-1", "/api/arbitration/queue");
        put(queries, "arbiter-1", "/api/arbitration/queue?page=100");
        put(queries, "arbiter-1", "/api/arbitration/queue?unassigned=true");
        put(queries, "arbiter-1", "/api/arbitration/queue?unassigned=false");
        put(queries, "arbiter-1", "/api/arbitration/queue?assignee=arbiter-1");
        put(queries, "arbiter-1", "/api/arbitration/queue?category=LATE_DELIVERY");
        put(queries, "arbiter-1", "/api/arbitration/queue?kind=INTERVENTION");
        put(queries, "arbiter-1", "/api/arbitration/queue?kind=WITHDRAWAL_REVIEW");
        put(queries, "arbiter-1", "/api/arbitration/queue?unassigned=true&category=LATE_DELIVERY");
        put(queries, "arbiter-1", "/api/arbitration/queue?unassigned=true&page=" + lastPage(unassigned));
        queries.put("arbiter-1 /api/complaints/{random id}", () -> get("arbiter-1", "/api/complaints/"
                + MarketComplaints.idOf(ThreadLocalRandom.current().nextInt(complaints), complaints)).statusCode());
        return queries;
    }

    private void put(Map<String, IntSupplier> queries, String user, String path) {
        queries.put(user + " " + path, () -> get(user, path).statusCode());
    }

    private static long lastPage(long items) {
        return Math.max(0, (items - 1) / 20);
    }

    private long total(String user, String path) {
        HttpResponse<String> answer = get(user, path);
        Matcher total = TOTAL.matcher(answer.body());
        if (answer.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return Long.parseLong(total.group(1));
    }

    private HttpResponse<String> get(String user, String path) {
        return DemoHttp.get(port, user, path, HttpResponse.BodyHandlers.ofString());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception unreadable) {
            return "unknown";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
