package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_1;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_2;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.detail.ComplaintSteps;

/**
 * docs/rules.md, "Who arbitrates": an intervention that waited longer than its assignment window (24 h as filed by
 * default) without an arbitrator is overdue; a released case waits afresh from its release. Worked out when asked.
 */
class OverdueEntriesTest {

    private static final Duration WINDOW = Duration.ofHours(24);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void anUnassignedIntervention_turnsOverdue_whenItsWindowPasses_withoutAnyNewEvent() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE);
        Instant dueBy = story.now().plus(WINDOW);

        assertThat(intervention(story, dueBy.minus(MINUTE)).overdue()).isFalse();
        ArbitrationQueueEntry later = intervention(story, dueBy.plus(MINUTE));
        assertThat(later.overdue()).isTrue();
        assertThat(later.assignmentDueBy()).isEqualTo(dueBy);
    }

    @Test
    void anAssignedCase_isNeverOverdue() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1);

        ArbitrationQueueEntry entry = intervention(story, story.now().plus(WINDOW.multipliedBy(10)));

        assertThat(entry.overdue()).isFalse();
        assertThat(entry.assignmentDueBy()).isNull();
    }

    @Test
    void aReleasedCase_waitsFromItsRelease_notFromTheIntervention() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE);
        Instant intervenedAt = story.now();
        story.assignedTo(ARBITER_1).released();
        Instant releasedAt = story.now();

        ArbitrationQueueEntry entry = intervention(story, intervenedAt.plus(WINDOW).plus(MINUTE));

        assertThat(entry.assignmentDueBy()).isEqualTo(releasedAt.plus(WINDOW));
        assertThat(entry.overdue()).isFalse();
        assertThat(entry.since()).isEqualTo(intervenedAt);
        assertThat(intervention(story, releasedAt.plus(WINDOW).plus(MINUTE)).overdue()).isTrue();
    }

    @Test
    void aCaseReassignedBySupervisor_isNoLongerOverdue() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).reassignedTo(ARBITER_2);

        ArbitrationQueueEntry entry = intervention(story, story.now().plus(WINDOW.multipliedBy(2)));

        assertThat(entry.assignee()).isEqualTo(ARBITER_2);
        assertThat(entry.overdue()).isFalse();
    }

    @Test
    void aWithdrawalRequestToReview_isNobodysToTake_soNeverOverdue() {
        ComplaintSteps story = aFiledComplaint().sellerResponded().withdrawalRequested(WithdrawalReason.MISUNDERSTANDING);
        QueueFixture queue = new QueueFixture(story.now().plus(WINDOW.multipliedBy(2)));
        queue.projection.deliver(story);

        assertThat(queue.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(QueueEntryKind.WITHDRAWAL_REVIEW);
            assertThat(entry.overdue()).isFalse();
        });
    }

    private static ArbitrationQueueEntry intervention(ComplaintSteps story, Instant askedAt) {
        QueueFixture queue = new QueueFixture(askedAt);
        queue.projection.deliver(story);
        return queue.entries().stream().filter(entry -> entry.kind() == QueueEntryKind.INTERVENTION)
                .findFirst().orElseThrow();
    }
}
