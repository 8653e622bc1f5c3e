package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.WithdrawalReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.*;
import static org.marketplace.complaints.api.fixtures.Parties.*;

/** Steps that move the case between hands: reassignment, reviews, answers that let the case go on. */
class ArbitrationHandoverTest {

    @Test
    void afterReassignment_onlyTheNewAssigneeActs() {
        ComplaintFacts facts = intervenedAssigned().assignedTo(OTHER_ARBITRATOR_ID).facts();

        assertThat(ComplaintRules.decide(facts, OTHER_ARBITRATOR, RULE).isAllowed()).isTrue();
        assertThat(ComplaintRules.decide(facts, ARBITRATOR, RULE).refusal()).isEqualTo(RuleCode.NOT_ASSIGNED);
    }

    @Test
    void aPendingRequest_onAnUnassignedIntervenedComplaint_isReviewedByAnyArbitrator() {
        ComplaintFacts facts = intervenedUnassigned().withdrawalRequested(WithdrawalReason.SETTLED).facts();

        assertThat(ComplaintRules.decide(facts, ARBITRATOR, REVIEW_WITHDRAWAL).isAllowed()).isTrue();
        assertThat(ComplaintRules.decide(facts, OTHER_ARBITRATOR, REVIEW_WITHDRAWAL).isAllowed()).isTrue();
    }

    @Test
    void anExceptionalRequest_isReviewedByAnyoneButTheArbitratorWhoRuled() {
        ComplaintFacts facts = intervenedAssigned().assignedTo(OTHER_ARBITRATOR_ID).ruledBy(OTHER_ARBITRATOR_ID)
                .withdrawalRequested(WithdrawalReason.MISUNDERSTANDING).facts();

        assertThat(ComplaintRules.decide(facts, ARBITRATOR, REVIEW_WITHDRAWAL).isAllowed()).isTrue();
        assertThat(ComplaintRules.decide(facts, OTHER_ARBITRATOR, REVIEW_WITHDRAWAL).refusal())
                .isEqualTo(RuleCode.RULING_ARBITRATOR_MAY_NOT_REVIEW);
    }

    @Test
    void afterARejectedRequest_theCaseGoesOn_andTheBuyerMayAskAgain() {
        ComplaintFacts facts = intervenedWithPendingWithdrawal().withdrawalRejectedBy(ARBITRATOR_ID).facts();

        assertThat(ComplaintRules.availableActions(facts, BUYER)).contains(Action.WITHDRAW);
        assertThat(ComplaintRules.availableActions(facts, ARBITRATOR)).contains(RULE).doesNotContain(REVIEW_WITHDRAWAL);
    }

    @Test
    void afterARejectedExceptionalRequest_theRulingStands_andTheBuyerMayAskAgain() {
        ComplaintFacts facts = ruledWithPendingExceptionalRequest().withdrawalRejectedBy(OTHER_ARBITRATOR_ID).facts();

        assertThat(ComplaintRules.availableActions(facts, BUYER))
                .containsExactly(Action.WITHDRAW, Action.REQUEST_RECONSIDERATION);
        assertThat(ComplaintRules.filing(facts).refusal()).isEqualTo(RuleCode.ALREADY_RULED);
    }

    @Test
    void afterADeclinedSuggestion_theBuyerCannotWithdrawAsSuggested_andTheArbitratorMaySuggestAgain() {
        ComplaintFacts facts = intervenedWithOpenSuggestion().suggestionDeclined().facts();

        assertThat(ComplaintRules.withdrawal(facts, BUYER, WithdrawalReason.PLATFORM_SUGGESTED).refusal())
                .isEqualTo(RuleCode.WITHDRAWAL_NOT_ALLOWED);
        assertThat(ComplaintRules.decide(facts, ARBITRATOR, SUGGEST_WITHDRAWAL).isAllowed()).isTrue();
    }

    @Test
    void afterADeclinedOffer_theSellerMayOfferAgain() {
        ComplaintFacts facts = negotiatingWithOpenOffer().offerDeclined().facts();

        assertThat(ComplaintRules.decide(facts, SELLER, OFFER_SETTLEMENT).isAllowed()).isTrue();
        assertThat(ComplaintRules.decide(facts, BUYER, ACCEPT_OFFER).refusal()).isEqualTo(RuleCode.NO_OPEN_OFFER);
    }
}
