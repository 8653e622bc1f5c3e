package org.marketplace.complaints.query.ops.rebuild;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a unit test (surefire's default patterns skip *Benchmark): appends 125,000 complaints of 8 events each
 * (1,000,000 events) with the processors shut down, then prints, on the same machine and data:
 * <ol>
 *   <li>the raw ceiling: a plain JDBC read of every event row (what the database can hand over);</li>
 *   <li>Axon's ceiling: the event store's stream with every payload deserialized (what any processor pays);</li>
 *   <li>the rebuild of one read model from the first event, or of all four at once ({@code all}).</li>
 * </ol>
 * The other processors stay shut down, as if idle, so they do not share the CPU. On an H2 file by default; on
 * the PostgreSQL server of the tests with the PostgreSQL run's properties (docs/performance.md, "Rebuild").
 * Run: mvn -B -pl complaint-query test -DskipPostgresTests=true -Dtest=RebuildBenchmark
 *      [-Dbenchmark.complaints=125000] [-Dbenchmark.readModel=my-complaints|all]
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/benchmark/rebuild-${random.uuid}",
        "logging.level.org.axonframework=WARN"})
class RebuildBenchmark {

    private static final List<String> READ_MODELS =
            List.of("my-complaints", "shop-complaints", "arbitration-queue", "complaint-detail");

    @Autowired
    EventStore store;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    ReadModelTables tables;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void printsTheRebuildRate_besideTheRawCeilings() throws Exception {
        int complaints = Integer.getInteger("benchmark.complaints", 125_000);
        String chosen = System.getProperty("benchmark.readModel", "my-complaints");
        List<String> readModels = chosen.equals("all") ? READ_MODELS : List.of(chosen);
        processing.eventProcessors().values().forEach(processor -> processor.shutDown());
        long started = System.nanoTime();
        for (int batch = 0; batch < complaints; batch += 500) {
            List<DomainEventMessage<?>> events = IntStream.range(batch, Math.min(complaints, batch + 500)).boxed()
                    .flatMap(i -> EightEvents.of(i).stream()).toList();
            store.publish(events);
        }
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        System.out.printf("appended %,d events (%,d complaints) in %.1f s on %s%n", events, complaints,
                seconds(started), jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));

        long scanning = System.nanoTime();
        long[] bytes = {0};
        // inside a transaction: PostgreSQL's driver streams by the fetch size only there
        transactions.executeWithoutResult(tx -> jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT globalIndex, payloadType, payload, metaData FROM DomainEventEntry ORDER BY globalIndex");
            statement.setFetchSize(1_000);
            return statement;
        }, row -> {
            bytes[0] += row.getBytes(3).length + row.getBytes(4).length + row.getString(2).length();
        }));
        print("raw ceiling: JDBC read of every event row", events, scanning);

        long reading = System.nanoTime();
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (read < events && stream.hasNextAvailable(10, java.util.concurrent.TimeUnit.SECONDS)) {
                stream.nextAvailable().getPayload();
                read++;
            }
        }
        print("Axon's ceiling: event store stream, payloads deserialized", read, reading);

        long rebuilding = System.nanoTime();
        readModels.forEach(name -> {
            rebuild.start(name);
            // the processor of the set being rebuilt, shut down above; the live one stays down, as if idle
            processing.eventProcessor(tables.state(name).buildingProcessor()).ifPresent(processor -> processor.start());
        });
        await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> readModels.stream().noneMatch(name -> tables.state(name).rebuilding()));
        double took = seconds(rebuilding);
        System.out.printf("rebuilt %s from %,d events in %.1f s = %,.0f events/s per read model%n",
                String.join(" + ", readModels), events, took, events / took);
    }

    private static void print(String what, long events, long since) {
        double took = seconds(since);
        System.out.printf("%s: %,d events in %.1f s = %,.0f events/s%n", what, events, took, events / took);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
