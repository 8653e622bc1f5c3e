package org.marketplace.complaints.query.ops.rebuild;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a unit test (surefire's default patterns skip *Benchmark): appends 125,000 complaints of 8 events each
 * (1,000,000 events) to an H2 file with the processors shut down, then rebuilds one read model from the first
 * event and prints the rate. The other read models stay shut down, as if idle, so they do not share the CPU.
 * Run: mvn -B -pl complaint-query test -Dtest=RebuildBenchmark [-Dbenchmark.complaints=125000]
 *      [-Dbenchmark.readModel=my-complaints]
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/benchmark/rebuild-${random.uuid}",
        "logging.level.org.axonframework=WARN"})
class RebuildBenchmark {

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

    @Test
    void printsTheRebuildRate_overAMillionEvents() {
        int complaints = Integer.getInteger("benchmark.complaints", 125_000);
        String readModel = System.getProperty("benchmark.readModel", "my-complaints");
        processing.eventProcessors().values().forEach(processor -> processor.shutDown());
        long started = System.nanoTime();
        for (int batch = 0; batch < complaints; batch += 500) {
            List<DomainEventMessage<?>> events = IntStream.range(batch, Math.min(complaints, batch + 500)).boxed()
                    .flatMap(i -> EightEvents.of(i).stream()).toList();
            store.publish(events);
        }
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        System.out.printf("appended %,d events (%,d complaints) in %.1f s%n", events, complaints, seconds(started));

        long rebuilding = System.nanoTime();
        rebuild.start(readModel);
        await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> !tables.state(readModel).rebuilding());
        double took = seconds(rebuilding);
        System.out.printf("rebuilt %s from %,d events in %.1f s = %,.0f events/s%n", readModel, events, took,
                events / took);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
