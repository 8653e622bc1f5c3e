package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.view.QueueEntryKind;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.*;
import static org.marketplace.complaints.api.fixtures.Parties.*;

/**
 * docs/rules.md, "Reconsideration of a ruling": once, in time, by another arbitrator, never beside a withdrawal
 * request.
 */
class ReconsiderationRulesTest {

    @Test
    void aRuling_opensTheWindow_fromItsRulingTime_underTheFiledPolicy() {
        ComplaintFacts facts = ruled().facts();

        assertThat(facts.reconsiderationDueBy()).isEqualTo(facts.ruledAt().plus(Duration.ofDays(7)));
        assertThat(ComplaintRules.isRulingFinal(facts, facts.ruledAt())).isFalse();
    }

    @Test
    void eitherParty_mayAsk_withinTheWindow() {
        ComplaintFacts facts = ruled().facts();
        Instant lastMoment = facts.reconsiderationDueBy();

        assertThat(ComplaintRules.decide(facts, BUYER, Action.REQUEST_RECONSIDERATION, lastMoment).isAllowed()).isTrue();
        assertThat(ComplaintRules.decide(facts, SELLER, Action.REQUEST_RECONSIDERATION, lastMoment).isAllowed()).isTrue();
    }

    @Test
    void asking_afterTheWindow_isRefusedAsWindowClosed_evenBeforeItsTimerFired() {
        ComplaintFacts facts = ruled().facts();
        Instant tooLate = facts.reconsiderationDueBy().plusSeconds(1);

        assertThat(ComplaintRules.decide(facts, SELLER, Action.REQUEST_RECONSIDERATION, tooLate).refusal())
                .isEqualTo(RuleCode.RECONSIDERATION_WINDOW_CLOSED);
        assertThat(ComplaintRules.isRulingFinal(facts, tooLate)).isTrue();
    }

    @Test
    void asking_afterTheRulingBecameFinal_isRefusedAsWindowClosed() {
        assertThat(ComplaintRules.decide(rulingFinal().facts(), BUYER, Action.REQUEST_RECONSIDERATION).refusal())
                .isEqualTo(RuleCode.RECONSIDERATION_WINDOW_CLOSED);
    }

    @Test
    void asking_aSecondTime_isRefusedAsAlreadyUsed_whileItIsPending_andAfterItWasDecided() {
        assertThat(ComplaintRules.decide(ruledUnderReconsideration().facts(), BUYER, Action.REQUEST_RECONSIDERATION)
                .refusal()).isEqualTo(RuleCode.RECONSIDERATION_ALREADY_USED);
        assertThat(ComplaintRules.decide(rulingRevised().facts(), SELLER, Action.REQUEST_RECONSIDERATION).refusal())
                .isEqualTo(RuleCode.RECONSIDERATION_ALREADY_USED);
    }

    @Test
    void asking_whileAWithdrawalRequestWaits_isRefusedAsRequestPending() {
        assertThat(ComplaintRules.decide(ruledWithPendingExceptionalRequest().facts(), SELLER,
                Action.REQUEST_RECONSIDERATION).refusal()).isEqualTo(RuleCode.REQUEST_PENDING);
    }

    @Test
    void aWithdrawalRequest_whileAReconsiderationWaits_isRefusedAsRequestPending() {
        assertThat(ComplaintRules.withdrawal(ruledUnderReconsideration().facts(), BUYER,
                WithdrawalReason.INSUFFICIENT_EVIDENCE).refusal()).isEqualTo(RuleCode.REQUEST_PENDING);
        assertThat(ComplaintRules.decide(ruledUnderReconsideration().facts(), BUYER, Action.WITHDRAW).refusal())
                .isEqualTo(RuleCode.REQUEST_PENDING);
    }

    @Test
    void asking_beforeAnyRuling_isRefusedAsInvalidState() {
        assertThat(ComplaintRules.decide(intervenedAssigned().facts(), BUYER, Action.REQUEST_RECONSIDERATION).refusal())
                .isEqualTo(RuleCode.INVALID_STATE);
    }

    @Test
    void aReconsideration_needsNewEvidence() {
        assertThat(ComplaintRules.reconsiderationInput(false).refusal()).isEqualTo(RuleCode.NEW_EVIDENCE_REQUIRED);
        assertThat(ComplaintRules.reconsiderationInput(true).isAllowed()).isTrue();
    }

    @Test
    void theArbitratorWhoRuled_mayNotTakeTheReconsideration() {
        assertThat(ComplaintRules.decide(ruledUnderReconsideration().facts(), ARBITRATOR, Action.TAKE).refusal())
                .isEqualTo(RuleCode.RULING_ARBITRATOR_MAY_NOT_RECONSIDER);
        assertThat(ComplaintRules.assignment(ruledUnderReconsideration().facts(), ARBITRATOR, ARBITRATOR_ID).refusal())
                .isEqualTo(RuleCode.RULING_ARBITRATOR_MAY_NOT_RECONSIDER);
    }

    @Test
    void aSupervisor_mayNotHandTheReconsiderationToTheArbitratorWhoRuled() {
        assertThat(ComplaintRules.assignment(ruledUnderReconsideration().facts(), SUPERVISOR, ARBITRATOR_ID).refusal())
                .isEqualTo(RuleCode.RULING_ARBITRATOR_MAY_NOT_RECONSIDER);
        assertThat(ComplaintRules.assignment(ruledUnderReconsideration().facts(), SUPERVISOR, OTHER_ARBITRATOR_ID)
                .isAllowed()).isTrue();
    }

    @Test
    void theTakenReconsideration_isDecidedOnlyByItsAssignee() {
        ComplaintFacts facts = reconsiderationTaken().facts();

        assertThat(ComplaintRules.decide(facts, OTHER_ARBITRATOR, Action.DECIDE_RECONSIDERATION).isAllowed()).isTrue();
        assertThat(ComplaintRules.decide(facts, ARBITRATOR, Action.DECIDE_RECONSIDERATION).refusal())
                .isEqualTo(RuleCode.NOT_ASSIGNED);
        assertThat(ComplaintRules.decide(facts, ARBITRATOR, Action.TAKE).refusal()).isEqualTo(RuleCode.ALREADY_ASSIGNED);
    }

    @Test
    void deciding_withoutAPendingReconsideration_isRefusedAsInvalidState() {
        assertThat(ComplaintRules.decide(ruled().facts(), OTHER_ARBITRATOR, Action.DECIDE_RECONSIDERATION).refusal())
                .isEqualTo(RuleCode.INVALID_STATE);
    }

    @Test
    void aPendingReconsideration_waitsInTheQueue_sinceItWasAsked_andIsOverdueAfterTheAssignmentWindow() {
        ComplaintFacts facts = ruledUnderReconsideration().facts();
        Instant askedAt = facts.reconsideration().requestedAt();

        assertThat(QueueEntryKind.openIn(facts)).containsExactly(QueueEntryKind.RECONSIDERATION);
        assertThat(QueueEntryKind.RECONSIDERATION.since(facts)).isEqualTo(askedAt);
        assertThat(facts.assignee()).as("the ruling arbitrator no longer has the case").isNull();
        assertThat(facts.assignmentDueBy()).isEqualTo(askedAt.plus(DeadlinePolicy.DEFAULT.assignment()));
        assertThat(QueueEntryKind.openIn(rulingRevised().facts())).isEmpty();
    }

    @Test
    void aDecidedReconsideration_makesTheRulingFinal_andARevisionPutsItsArbitratorInForce() {
        ComplaintFacts revised = rulingRevised().facts();

        assertThat(revised.isRulingFinal()).isTrue();
        assertThat(revised.ruledBy()).isEqualTo(OTHER_ARBITRATOR_ID);
        assertThat(ComplaintRules.isRulingFinal(revised, revised.updatedAt())).isTrue();
        assertThat(ComplaintRules.isRulingFinal(ruledUnderReconsideration().facts(), Instant.MAX))
                .as("a pending reconsideration holds the ruling open whatever the time").isFalse();
    }

    @Test
    void anExceptionalWithdrawal_staysPossible_afterTheRulingIsFinal() {
        assertThat(ComplaintRules.withdrawal(rulingFinal().facts(), BUYER, WithdrawalReason.INSUFFICIENT_EVIDENCE)
                .mode()).isEqualTo(WithdrawalMode.EXCEPTIONAL);
    }
}
