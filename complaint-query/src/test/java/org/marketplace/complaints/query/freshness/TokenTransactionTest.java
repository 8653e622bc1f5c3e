package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The token is stored in the same database transaction as the read model's rows: Axon's JDBC token store
 * takes its connection from Spring's transaction (SpringDataSourceConnectionProvider), the same one the
 * projections' JdbcTemplate writes on. A failed batch leaves neither a row nor an advanced token behind.
 */
@SpringBootTest(properties = {"axon.eventhandling.processors.freshness-probe.mode=pooled",
        // one segment: the token row to watch is segment 0
        "axon.eventhandling.processors.freshness-probe.initial-segment-count=1"})
class TokenTransactionTest extends ProbeTestBase {

    @Test
    void aFailingBatch_rollsBackItsRowsAndItsToken_thenIsRetried() throws Exception {
        long good = append("good");
        freshness.awaitProcessed(ProbeProjection.GROUP, good);
        await().until(() -> storedIndex(0) >= good);

        probe.failing.add("poison");
        long poison = append("poison");
        // the handler wrote its row before failing; a retry starts only once the failed batch has rolled back
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.attempts("poison") >= 2);

        assertThat(probe.hasRow("poison")).isFalse();
        assertThat(storedIndex(0)).isLessThan(poison);

        probe.failing.remove("poison");
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.hasRow("poison"));
        await().until(() -> storedIndex(0) >= poison);
    }
}
