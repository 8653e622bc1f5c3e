package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.InterventionReason.*;
import static org.marketplace.complaints.api.view.QueueEntryKind.INTERVENTION;
import static org.marketplace.complaints.api.view.QueueEntryKind.WITHDRAWAL_REVIEW;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;
import static org.marketplace.complaints.query.queue.ExpectedEntry.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.query.detail.ComplaintSteps;

/** A pending withdrawal request waits as a WITHDRAWAL_REVIEW entry, in any state, until it is decided. */
class WithdrawalReviewEntriesTest {

    private final QueueFixture queue = new QueueFixture();

    @Test
    void withdrawalRequest_beforeIntervention_waitsForReview() {
        ComplaintSteps story = aFiledComplaint().sellerResponded()
                .withdrawalRequested(WithdrawalReason.MISUNDERSTANDING);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, WITHDRAWAL_REVIEW, story.now(), null, null, null,
                pending(WithdrawalReason.MISUNDERSTANDING, false, story.now()), Set.of(REVIEW_WITHDRAWAL)));
    }

    @Test
    void withdrawalRequest_duringIntervention_waitsBesideTheIntervention() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE)
                .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE);

        queue.projection.deliver(story);

        var pending = pending(WithdrawalReason.INSUFFICIENT_EVIDENCE, false, story.now());
        assertThat(queue.entries()).containsExactly(
                entry(story, INTERVENTION, intervenedAt(story), SELLER_NO_RESPONSE, null, null, pending,
                        Set.of(TAKE, REVIEW_WITHDRAWAL)),
                entry(story, WITHDRAWAL_REVIEW, story.now(), SELLER_NO_RESPONSE, null, null, pending,
                        Set.of(TAKE, REVIEW_WITHDRAWAL)));
    }

    @Test
    void rejectedWithdrawalRequest_leavesTheQueue_theCaseStays() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE)
                .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE).withdrawalRejectedBy(ARBITER_1);

        queue.projection.deliver(story);

        assertThat(queue.entries()).extracting(ArbitrationQueueEntry::kind).containsExactly(INTERVENTION);
    }

    @Test
    void approvedWithdrawalRequest_withdraws_andEmptiesTheQueue() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE)
                .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE).withdrawalApprovedBy(ARBITER_1);

        queue.projection.deliver(story);

        assertThat(queue.entries()).isEmpty();
    }

    @Test
    void exceptionalWithdrawalRequest_afterRuling_waitsForAnotherArbitrator() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_2)
                .ruledBy(ARBITER_2).withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, WITHDRAWAL_REVIEW, story.now(), SELLER_NO_RESPONSE,
                ARBITER_2, null, pending(WithdrawalReason.INSUFFICIENT_EVIDENCE, true, story.now()),
                Set.of(REVIEW_WITHDRAWAL)));
    }

    @Test
    void directWithdrawal_beforeIntervention_neverEntersTheQueue() {
        queue.projection.deliver(aFiledComplaint().settlementOffered(OfferType.FULL_REFUND, 12_900L).offerAccepted()
                .withdrawnDirectly());

        assertThat(queue.entries()).isEmpty();
    }
}
