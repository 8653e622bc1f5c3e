package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.api.view.QueueEntryKind.INTERVENTION;
import static org.marketplace.complaints.api.view.QueueEntryKind.RECONSIDERATION;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;
import static org.marketplace.complaints.query.queue.ExpectedEntry.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.marketplace.complaints.query.detail.ComplaintStory;

/**
 * A party's request to reconsider a ruling waits as a RECONSIDERATION entry from the request until it is decided,
 * for an arbitrator other than the one who ruled (the queue is asked as arbiter-1), and turns overdue like an
 * intervention nobody took.
 */
class ReconsiderationEntriesTest {

    private static final Duration WINDOW = DeadlinePolicy.DEFAULT_ASSIGNMENT;

    private final QueueFixture queue = new QueueFixture();

    /** Ruled by {@code arbitrator}, then the seller asks for a reconsideration. */
    private static ComplaintSteps askedAfterARulingBy(ArbitratorId arbitrator) {
        return aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(arbitrator).ruledBy(arbitrator)
                .reconsiderationRequestedBy(SELLER);
    }

    @Test
    void aReconsiderationRequest_waitsSinceItWasAsked_forAnyOtherArbitratorToTake() {
        ComplaintSteps story = askedAfterARulingBy(ARBITER_2);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, RECONSIDERATION, story.now(), SELLER_NO_RESPONSE,
                null, null, null, Set.of(TAKE)));
    }

    @Test
    void theArbitratorWhoRuled_isNotOfferedToTakeIt() {
        ComplaintSteps story = askedAfterARulingBy(ARBITER_1);

        queue.projection.deliver(story);

        assertThat(queue.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(RECONSIDERATION);
            assertThat(entry.availableActions()).isEmpty();
        });
    }

    @Test
    void aTakenReconsideration_showsItsAssignee_andTheirSteps_andIsNoLongerDue() {
        ComplaintSteps story = askedAfterARulingBy(ARBITER_2);
        Instant askedAt = story.now();
        story.assignedTo(ARBITER_1);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, RECONSIDERATION, askedAt, SELLER_NO_RESPONSE,
                ARBITER_1, null, null, Set.of(RELEASE, DECIDE_RECONSIDERATION)));
    }

    @Test
    void anUpheldOrRevisedRuling_leavesTheQueue() {
        for (UnaryOperator<ComplaintSteps> decided : List.<UnaryOperator<ComplaintSteps>>of(
                story -> story.rulingUpheldBy(ARBITER_1), story -> story.rulingRevisedBy(ARBITER_1))) {
            QueueFixture fresh = new QueueFixture();
            fresh.projection.deliver(decided.apply(askedAfterARulingBy(ARBITER_2).assignedTo(ARBITER_1)));

            assertThat(fresh.entries()).isEmpty();
        }
    }

    @Test
    void theKindFilter_listsOnlyTheReconsiderations() {
        ComplaintSteps reconsidered = askedAfterARulingBy(ARBITER_2);
        ComplaintSteps intervened = aFiledComplaint("order-2", ComplaintCategory.QUALITY_PROBLEM, ComplaintStory.FILED_AT)
                .intervened(SELLER_NO_RESPONSE);
        queue.projection.deliver(reconsidered, intervened);

        assertThat(queue.page(null, null, null, RECONSIDERATION, 0, 10).items())
                .extracting(ArbitrationQueueEntry::complaintId).containsExactly(reconsidered.id());
        assertThat(queue.page(null, null, null, INTERVENTION, 0, 10).items())
                .extracting(ArbitrationQueueEntry::complaintId).containsExactly(intervened.id());
    }

    @Test
    void anUntakenReconsideration_turnsOverdue_whenTheAssignmentWindowPasses_fromTheRequest_orItsRelease() {
        ComplaintSteps story = askedAfterARulingBy(ARBITER_2);
        Instant askedAt = story.now();

        assertThat(entryAt(story, askedAt.plus(WINDOW).minusSeconds(60))).satisfies(entry -> {
            assertThat(entry.assignmentDueBy()).isEqualTo(askedAt.plus(WINDOW));
            assertThat(entry.overdue()).isFalse();
        });
        assertThat(entryAt(story, askedAt.plus(WINDOW).plusSeconds(60)).overdue()).isTrue();

        story.assignedTo(ARBITER_1).released();
        Instant releasedAt = story.now();
        assertThat(entryAt(story, askedAt.plus(WINDOW).plusSeconds(60))).satisfies(entry -> {
            assertThat(entry.since()).isEqualTo(askedAt);
            assertThat(entry.assignmentDueBy()).isEqualTo(releasedAt.plus(WINDOW));
            assertThat(entry.overdue()).isFalse();
        });
    }

    private static ArbitrationQueueEntry entryAt(ComplaintSteps story, Instant now) {
        QueueFixture asked = new QueueFixture(now);
        asked.projection.deliver(story);
        return asked.entries().get(0);
    }
}
