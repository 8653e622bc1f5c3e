package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.InterventionReason.*;
import static org.marketplace.complaints.api.view.QueueEntryKind.INTERVENTION;
import static org.marketplace.complaints.api.view.QueueEntryKind.WITHDRAWAL_REVIEW;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.api.view.PendingWithdrawalView;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.detail.ComplaintSteps;

class ArbitrationQueueEntriesTest {

    private final QueueFixture queue = new QueueFixture();

    @ParameterizedTest
    @EnumSource(InterventionReason.class)
    void intervention_byEachReason_entersTheQueue_withItsReasonAndSince(InterventionReason reason) {
        ComplaintSteps story = reason == SELLER_NO_RESPONSE ? aFiledComplaint() : aFiledComplaint().sellerResponded();
        story.intervened(reason);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, INTERVENTION, story.now(), reason, null, null, null,
                Set.of(ASSIGN)));
    }

    @Test
    void assignment_setsTheAssignee_andOpensTheAssigneesSteps() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, INTERVENTION, intervenedAt(story),
                SELLER_NO_RESPONSE, ARBITER_1, null, null, Set.of(ASSIGN, REQUEST_EVIDENCE, SUGGEST_WITHDRAWAL, RULE)));
    }

    @Test
    void evidenceRequest_setsTheEvidenceDueTime() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .evidenceRequested(EvidenceParty.SELLER);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, INTERVENTION, intervenedAt(story),
                SELLER_NO_RESPONSE, ARBITER_1, story.now().plus(DeadlinePolicy.DEFAULT.evidence()), null,
                Set.of(ASSIGN, SUGGEST_WITHDRAWAL, RULE)));
    }

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
                        Set.of(ASSIGN, REVIEW_WITHDRAWAL)),
                entry(story, WITHDRAWAL_REVIEW, story.now(), SELLER_NO_RESPONSE, null, null, pending,
                        Set.of(ASSIGN, REVIEW_WITHDRAWAL)));
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
    void ruling_removesTheIntervention() {
        queue.projection.deliver(aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .ruledBy(ARBITER_1));

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

    private static ArbitrationQueueEntry entry(ComplaintSteps story, QueueEntryKind kind, Instant since,
                                               InterventionReason reason, ArbitratorId assignee, Instant evidenceDueBy,
                                               PendingWithdrawalView pending, Set<Action> actions) {
        var facts = story.facts();
        return new ArbitrationQueueEntry(story.id(), kind, ComplaintCategory.QUALITY_PROBLEM,
                new OrderId("order-1"), SELLER_ID, BUYER_ID, since, reason, assignee, evidenceDueBy, pending,
                facts.state(), actions, story.messages().size() - 1L);
    }

    /** The story's first withdrawal request, with the note its builder gives every request. */
    private static PendingWithdrawalView pending(WithdrawalReason reason, boolean exceptional, Instant requestedAt) {
        return new PendingWithdrawalView(new WithdrawalRequestId("request-1"), reason, exceptional, "我想撤销投诉",
                requestedAt);
    }

    private static Instant intervenedAt(ComplaintSteps story) {
        return story.facts().intervenedAt();
    }
}
