package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.WithdrawalMode;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.fixtures.Situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.WithdrawalMode.*;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.fixtures.Caller.BUYER;
import static org.marketplace.complaints.api.fixtures.Situation.*;

/** What a withdrawal must carry: the agreed terms when settled off the platform, new evidence after a ruling. */
class WithdrawalInputTest {

    @Test
    void withdraw_settledBeforeIntervention_isDirect() {
        assertThat(mode(NEGOTIATING, SETTLED)).isEqualTo(DIRECT);
        assertThat(mode(AWAITING_SELLER, SETTLED)).isEqualTo(DIRECT);
    }

    @Test
    void withdraw_settledWithoutAnAcceptedOffer_needsTheAgreedTermsInANote() {
        assertThat(input(NEGOTIATING, SETTLED, DIRECT, false, false).refusal()).isEqualTo(RuleCode.SETTLEMENT_TERMS_REQUIRED);
        assertThat(input(NEGOTIATING_WITH_OPEN_OFFER, SETTLED, DIRECT, false, false).refusal())
                .isEqualTo(RuleCode.SETTLEMENT_TERMS_REQUIRED);
        assertThat(input(NEGOTIATING, SETTLED, DIRECT, true, false).isAllowed()).isTrue();
    }

    @Test
    void withdraw_settledAfterAcceptingAnOffer_needsNoNote() {
        assertThat(input(NEGOTIATING_WITH_ACCEPTED_OFFER, SETTLED, DIRECT, false, false).isAllowed()).isTrue();
    }

    @Test
    void withdraw_forOtherReasonsOrUnderReview_needsNoNote() {
        assertThat(input(NEGOTIATING, INSUFFICIENT_EVIDENCE, REVIEW, false, false).isAllowed()).isTrue();
        assertThat(input(INTERVENED_ASSIGNED, SETTLED, REVIEW, false, false).isAllowed()).isTrue();
        assertThat(input(INTERVENED_WITH_OPEN_SUGGESTION, PLATFORM_SUGGESTED, DIRECT, false, false).isAllowed()).isTrue();
    }

    @Test
    void withdraw_afterRuling_isExceptional() {
        for (WithdrawalReason reason : new WithdrawalReason[]{SETTLED, INSUFFICIENT_EVIDENCE, MISUNDERSTANDING}) {
            assertThat(mode(RULED, reason)).as(reason.name()).isEqualTo(EXCEPTIONAL);
        }
    }

    @Test
    void withdraw_afterRuling_needsNewEvidence() {
        assertThat(input(RULED, MISUNDERSTANDING, EXCEPTIONAL, true, false).refusal()).isEqualTo(RuleCode.NEW_EVIDENCE_REQUIRED);
        assertThat(input(RULED, SETTLED, EXCEPTIONAL, true, false).refusal()).isEqualTo(RuleCode.NEW_EVIDENCE_REQUIRED);
        assertThat(input(RULED, MISUNDERSTANDING, EXCEPTIONAL, false, true).isAllowed()).isTrue();
    }

    @Test
    void withdraw_platformSuggested_withAnOpenSuggestion_isDirect_andOtherReasonsAreReviewed() {
        assertThat(mode(INTERVENED_WITH_OPEN_SUGGESTION, PLATFORM_SUGGESTED)).isEqualTo(DIRECT);
        assertThat(mode(INTERVENED_WITH_OPEN_SUGGESTION, SETTLED)).isEqualTo(REVIEW);
    }

    private static WithdrawalMode mode(Situation situation, WithdrawalReason reason) {
        return ComplaintRules.withdrawal(situation.facts(), BUYER.actor(), reason).mode();
    }

    private static Decision input(Situation situation, WithdrawalReason reason, WithdrawalMode mode,
                                  boolean hasNote, boolean hasNewEvidence) {
        return ComplaintRules.withdrawalInput(situation.facts(), reason, mode, hasNote, hasNewEvidence);
    }
}
