package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.marketplace.complaints.query.testdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database whose detail was built before V16 shows the whole case after the next start, with no hand work: V16
 * starts a rebuild of complaint-detail (registry row, the inactive set emptied, tokens gone), the shadow set's
 * processor replays every event into it while queries read the old one, and the rebuilt set is switched in.
 */
class ComplaintDetailUpgradeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DETAIL = ComplaintDetailProjection.GROUP;

    private final String database = TestDatabases.migratedUrl();
    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database, TestDatabases.user(),
            TestDatabases.password()));
    private final ComplaintSteps story = aFiledComplaint().sellerResponded()
            .settlementOffered(OfferType.PARTIAL_REFUND, 5_000L).offerDeclined().intervened(REQUESTED_BY_BUYER)
            .assignedTo(ARBITER_1).ruledBy(ARBITER_1);

    @Test
    void aDetailBuiltBeforeV16_isRebuiltWithTheWholeCase_onTheNextStart() {
        try (QueryService before = QueryService.start(database)) {
            // on a store without events V16 started nothing
            assertThat(before.registry().state(DETAIL).rebuilding()).isFalse();
            before.store(story);
            await().atMost(PATIENCE).ignoreExceptions().until(() -> before.detail(story.id(), ARBITRATOR).timeline()
                    .size() == story.messages().size());
        }
        BeforeV16.restore(jdbc);
        long oldRows = count("complaint_timeline");

        migrate();

        TableSetState migrated = new ReadModelTables(jdbc).state(DETAIL);
        assertThat(migrated.rebuilding()).isTrue();
        assertThat(migrated.active()).isEqualTo(TableSet.PRIMARY);
        assertThat(migrated.targetPosition()).isEqualTo(jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry",
                Long.class));
        assertThat(count("complaint_timeline")).as("the old rows, which queries keep reading").isEqualTo(oldRows);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TokenEntry WHERE processorName = ?", Long.class, DETAIL))
                .isZero();

        try (QueryService after = QueryService.start(database)) {
            await().atMost(PATIENCE).until(() -> !after.registry().state(DETAIL).rebuilding());
            assertThat(after.registry().state(DETAIL).active()).isEqualTo(TableSet.SHADOW);

            ComplaintDetail seen = after.detail(story.id(), BUYER);
            assertThat(seen.description()).isEqualTo(ComplaintStory.DESCRIPTION);
            assertThat(seen.sellerResponse().statement()).isEqualTo("商品出厂前完好。");
            assertThat(seen.offers()).singleElement().extracting(offer -> offer.declineNote()).isEqualTo("金额太少");
            assertThat(seen.interventions()).hasSize(1);
            assertThat(seen.ruling().rationale()).isEqualTo("商品确有质量问题");
            assertThat(after.detail(story.id(), AUDITOR).timeline()).hasSize(story.messages().size())
                    .allSatisfy(entry -> assertThat(entry.data()).as(entry.type()).isNotEmpty());
        }
    }

    /** What the next start's Flyway does, done here first so that the state it leaves can be looked at. */
    private void migrate() {
        Flyway.configure().dataSource(jdbc.getDataSource())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + TestDatabases.vendor())
                .load().migrate();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
