package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The token is stored in the same database transaction as the read model's rows: Axon's JDBC token store
 * takes its connection from Spring's transaction (SpringDataSourceConnectionProvider), the same one the
 * projections' JdbcTemplate writes on. A failed batch leaves neither a row nor an advanced token behind.
 */
@SpringBootTest(properties = {"axon.eventhandling.processors.freshness-probe.mode=pooled",
        // one segment: the token row to watch is segment 0
        "axon.eventhandling.processors.freshness-probe.initial-segment-count=1"})
@Import(ProbeSupport.class)
class TokenTransactionTest {

    @Autowired
    ProjectionFreshness freshness;
    @Autowired
    ProbeProjection probe;
    @Autowired
    EventStore store;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailingBatch_rollsBackItsRowsAndItsToken_thenIsRetried() throws Exception {
        long good = ProbeSupport.append(store, jdbc, "good");
        freshness.awaitProcessed(ProbeProjection.GROUP, good);
        await().until(() -> ProbeSupport.storedIndex(jdbc, ProbeProjection.GROUP, 0) >= good);

        probe.failing.add("poison");
        long poison = ProbeSupport.append(store, jdbc, "poison");
        // the handler wrote its row before failing; give the processor time to try (and retry) the batch
        Thread.sleep(1500);

        assertThat(probe.hasRow("poison")).isFalse();
        assertThat(ProbeSupport.storedIndex(jdbc, ProbeProjection.GROUP, 0)).isLessThan(poison);

        probe.failing.remove("poison");
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.hasRow("poison"));
        await().until(() -> ProbeSupport.storedIndex(jdbc, ProbeProjection.GROUP, 0) >= poison);
    }
}
