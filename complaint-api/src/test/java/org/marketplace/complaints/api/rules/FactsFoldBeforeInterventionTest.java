package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.fixtures.ComplaintHistory;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.*;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.FILED_AT;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.aFiledComplaint;
import static org.marketplace.complaints.api.fixtures.Parties.*;

/** The fold of filing, the seller's answer, offers and withdrawals before the platform intervenes. */
class FactsFoldBeforeInterventionTest {

    @Test
    void complaintFiled_awaitsTheSeller_underThePolicyInForce() {
        ComplaintHistory history = aFiledComplaint(ComplaintCategory.LATE_DELIVERY, DeadlinePolicy.DEFAULT);
        ComplaintFacts facts = history.facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.AWAITING_SELLER);
        assertThat(facts.complaintId()).isEqualTo(ComplaintId.forKey(BUYER_ID, ORDER_ID, ComplaintCategory.LATE_DELIVERY));
        assertThat(facts.buyerId()).isEqualTo(BUYER_ID);
        assertThat(facts.sellerId()).isEqualTo(SELLER_ID);
        assertThat(facts.orderId()).isEqualTo(ORDER_ID);
        assertThat(facts.category()).isEqualTo(ComplaintCategory.LATE_DELIVERY);
        assertThat(facts.deadlinePolicy()).isEqualTo(DeadlinePolicy.DEFAULT);
        assertThat(facts.filedAt()).isEqualTo(FILED_AT);
        assertThat(facts.updatedAt()).isEqualTo(FILED_AT);
        assertThat(facts.sellerResponseDueBy()).isEqualTo(FILED_AT.plus(Duration.ofHours(48)));
        assertThat(facts.openOffer()).isNull();
        assertThat(facts.pendingWithdrawal()).isNull();
        assertThat(facts.assignee()).isNull();
    }

    @Test
    void sellerResponded_startsTheNegotiation_andEndsTheResponseWindow() {
        ComplaintHistory history = negotiating();
        ComplaintFacts facts = history.facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.NEGOTIATING);
        assertThat(facts.sellerResponseDueBy()).isNull();
        assertThat(facts.negotiationDueBy()).isEqualTo(history.now().plus(Duration.ofDays(7)));
        assertThat(facts.updatedAt()).isEqualTo(history.now());
    }

    @Test
    void settlementOffered_asTheFirstAnswer_opensTheOfferAndTheNegotiation() {
        ComplaintHistory history = aFiledComplaint().settlementOffered();
        ComplaintFacts facts = history.facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.NEGOTIATING);
        assertThat(facts.openOffer().terms()).isEqualTo(new SettlementTerms(OfferType.PARTIAL_REFUND, 5_000L));
        assertThat(facts.openOffer().offeredAt()).isEqualTo(history.now());
        assertThat(facts.sellerResponseDueBy()).isNull();
    }

    @Test
    void settlementAccepted_recordsTheAcceptedOffer_andClosesTheOpenOne() {
        ComplaintFacts offered = negotiatingWithOpenOffer().facts();
        ComplaintFacts accepted = negotiatingWithAcceptedOffer().facts();

        assertThat(accepted.acceptedOffer()).isEqualTo(offered.openOffer().offerId());
        assertThat(accepted.openOffer()).isNull();
        assertThat(accepted.state()).isEqualTo(ComplaintState.NEGOTIATING);
    }

    @Test
    void settlementDeclined_closesTheOpenOffer_withoutAcceptingIt() {
        ComplaintFacts facts = negotiatingWithOpenOffer().offerDeclined().facts();

        assertThat(facts.openOffer()).isNull();
        assertThat(facts.acceptedOffer()).isNull();
    }

    @Test
    void withdrawalRequested_isPending_untilRejected() {
        ComplaintFacts pending = negotiatingWithPendingWithdrawal().facts();
        ComplaintFacts rejected = negotiatingWithPendingWithdrawal().withdrawalRejectedBy(ARBITRATOR_ID).facts();

        assertThat(pending.pendingWithdrawal().reason()).isEqualTo(WithdrawalReason.INSUFFICIENT_EVIDENCE);
        assertThat(pending.pendingWithdrawal().exceptional()).isFalse();
        assertThat(pending.pendingWithdrawal().note()).isEqualTo("我想撤销投诉");
        assertThat(rejected.pendingWithdrawal()).isNull();
        assertThat(rejected.state()).isEqualTo(ComplaintState.NEGOTIATING);
    }

    @Test
    void withdrawalApproved_withdrawsTheComplaint_andClearsTheRequest() {
        ComplaintFacts facts = negotiatingWithPendingWithdrawal().withdrawalApprovedBy(ARBITRATOR_ID).facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.WITHDRAWN);
        assertThat(facts.pendingWithdrawal()).isNull();
        assertThat(facts.negotiationDueBy()).isNull();
    }

    @Test
    void complaintWithdrawn_closesTheOpenOfferAndDeadlines() {
        ComplaintFacts facts = negotiatingWithOpenOffer().withdrawnDirectly(WithdrawalReason.SETTLED).facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.WITHDRAWN);
        assertThat(facts.openOffer()).isNull();
        assertThat(facts.negotiationDueBy()).isNull();
        assertThat(facts.sellerResponseDueBy()).isNull();
    }
}
