package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintCaseTest.event;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.DeadlineKind;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.query.readmodel.FactsJson;
import org.marketplace.complaints.query.readmodel.RecordedStreams;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Facts stored under another fold version are not trusted: a ruling whose stored JSON lacks the reconsideration
 * window (as a release before reconsideration wrote it) reads as final if believed. Stored under an earlier version,
 * the complaint is folded again from its events, for a query as for the next event, and the rules answer that the
 * window is open; stored under the current version, the row is what the detail answers from, and the event store is
 * not read.
 */
class DetailStoredUnderAnEarlierFoldVersionTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.migrated();
    private final RecordedStreams eventStore = RecordedStreams.recording();
    private final ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
            .ruledBy(ARBITER_1);
    private final ComplaintRuled ruled = event(story, ComplaintRuled.class);
    private final Instant withinTheWindow = ruled.ruledAt().plus(Duration.ofHours(1));
    private final DetailFixture detail = new DetailFixture(jdbc, withinTheWindow, eventStore);
    private final String id = story.id().value();

    /** The ruling's facts stored without the window's keys (FactsBeforeReconsideration), under {@code version}. */
    private void storedWithoutTheWindow(int version) throws Exception {
        eventStore.store(id, story.messages());
        detail.projection.deliver(story);
        FactsBeforeReconsideration.restore(jdbc, DetailTables.FACTS, story.id());
        jdbc.update("UPDATE " + DetailTables.FACTS + " SET fold_version = ? WHERE complaint_id = ?", version, id);
    }

    @Test
    void aRowOfAnEarlierFoldVersion_isFoldedAgainFromTheEvents_andTheRulesSeeTheOpenWindow() throws Exception {
        storedWithoutTheWindow(0);

        ComplaintDetail seen = detail.detail(story.id(), BUYER);

        assertThat(seen.ruling().finalRuling()).isFalse();
        assertThat(seen.summary().nextDeadline().kind()).isEqualTo(DeadlineKind.RECONSIDERATION);
        assertThat(seen.summary().nextDeadline().dueBy()).isEqualTo(ruled.reconsiderationDueBy());
        assertThat(seen.summary().availableActions()).contains(Action.REQUEST_RECONSIDERATION);
        assertThat(eventStore.reads()).containsExactly(id);
    }

    @Test
    void aRowFoldedAgainForAQuery_isWrittenBackUnderTheCurrentVersion_andReadAsStoredAfterwards() throws Exception {
        storedWithoutTheWindow(0);

        detail.detail(story.id(), BUYER);
        ComplaintDetail again = detail.detail(story.id(), SELLER);

        assertThat(storedVersion()).isEqualTo(FactsJson.VERSION);
        assertThat(storedFacts()).contains("reconsiderationDueBy");
        assertThat(again.summary().availableActions()).contains(Action.REQUEST_RECONSIDERATION);
        assertThat(eventStore.reads()).containsExactly(id);
    }

    @Test
    void anEventMeetingARowOfAnEarlierFoldVersion_isFoldedOntoTheFactsFromTheEvents_notOntoTheStoredOnes()
            throws Exception {
        storedWithoutTheWindow(0);
        story.withdrawalRequested(WithdrawalReason.MISUNDERSTANDING);
        eventStore.store(id, story.messages());

        detail.projection.deliver(story.messages().subList(story.messages().size() - 1, story.messages().size()));

        assertThat(storedVersion()).isEqualTo(FactsJson.VERSION);
        assertThat(storedFacts()).contains("reconsiderationDueBy").contains("pendingWithdrawal");
        ComplaintDetail seen = detail.detail(story.id(), AUDITOR);
        assertThat(seen.ruling().finalRuling()).isFalse();
        assertThat(seen.summary().nextDeadline().kind()).isEqualTo(DeadlineKind.RECONSIDERATION);
        assertThat(seen.timeline()).last().extracting(entry -> entry.type()).isEqualTo("WithdrawalRequested");
        assertThat(eventStore.reads()).containsExactly(id);
    }

    @Test
    void aRowOfTheCurrentFoldVersion_isReadAsStored_withoutReadingTheEventStore() throws Exception {
        storedWithoutTheWindow(FactsJson.VERSION);

        ComplaintDetail seen = detail.detail(story.id(), BUYER);

        // what the stored facts say (a ruling without a window is final), however the events read
        assertThat(seen.ruling().finalRuling()).isTrue();
        assertThat(seen.summary().availableActions()).doesNotContain(Action.REQUEST_RECONSIDERATION);
        assertThat(eventStore.reads()).isEmpty();
    }

    @Test
    void rowsTheProjectionWrites_carryTheCurrentFoldVersion() {
        detail.projection.deliver(story);

        assertThat(storedVersion()).isEqualTo(FactsJson.VERSION);
        assertThat(eventStore.reads()).isEmpty();
    }

    private int storedVersion() {
        return jdbc.queryForObject("SELECT fold_version FROM " + DetailTables.FACTS + " WHERE complaint_id = ?",
                Integer.class, id);
    }

    private String storedFacts() {
        return jdbc.queryForObject("SELECT facts FROM " + DetailTables.FACTS + " WHERE complaint_id = ?",
                String.class, id);
    }
}
