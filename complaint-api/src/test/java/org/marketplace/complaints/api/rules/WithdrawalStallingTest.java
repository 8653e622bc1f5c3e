package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.WithdrawalMode;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.fixtures.ComplaintHistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.api.WithdrawalMode.*;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.aFiledComplaint;
import static org.marketplace.complaints.api.fixtures.Parties.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;

/**
 * Withdrawal requests are not a way to stall: each pending one blocks the ruling, so a rejected reason comes
 * back only with new evidence, and a complaint takes at most three requests.
 */
class WithdrawalStallingTest {

    @Test
    void aRejectedReason_mayBeGivenAgainOnlyWithNewEvidence() {
        ComplaintFacts facts = intervened().withdrawalRequested(MISUNDERSTANDING).withdrawalRejectedBy(ARBITRATOR_ID).facts();

        assertThat(input(facts, MISUNDERSTANDING, REVIEW, false).refusal()).isEqualTo(WITHDRAWAL_REPEATED);
        assertThat(input(facts, MISUNDERSTANDING, REVIEW, true).isAllowed()).isTrue();
        assertThat(input(facts, INSUFFICIENT_EVIDENCE, REVIEW, false).isAllowed()).isTrue();
    }

    @Test
    void theOptions_sayWhichReasonNeedsNewEvidence() {
        ComplaintFacts facts = intervened().withdrawalRequested(MISUNDERSTANDING).withdrawalRejectedBy(ARBITRATOR_ID).facts();

        assertThat(ComplaintRules.withdrawalOptions(facts, BUYER))
                .filteredOn(option -> option.reason() == MISUNDERSTANDING)
                .singleElement().extracting(WithdrawalOption::newEvidenceRequired).isEqualTo(true);
        assertThat(ComplaintRules.withdrawalOptions(facts, BUYER))
                .filteredOn(option -> option.reason() == INSUFFICIENT_EVIDENCE)
                .singleElement().extracting(WithdrawalOption::newEvidenceRequired).isEqualTo(false);
    }

    @Test
    void aRejectionBeforeIntervention_stillCountsOnceThePlatformIntervened() {
        ComplaintFacts facts = aFiledComplaint().sellerResponded().withdrawalRequested(INSUFFICIENT_EVIDENCE)
                .withdrawalRejectedBy(ARBITRATOR_ID).intervened(REQUESTED_BY_BUYER).facts();

        assertThat(input(facts, INSUFFICIENT_EVIDENCE, REVIEW, false).refusal()).isEqualTo(WITHDRAWAL_REPEATED);
    }

    @Test
    void aDirectWithdrawal_isNoRequest_andIsNeverRefusedAsRepeated() {
        ComplaintFacts facts = aFiledComplaint().sellerResponded().withdrawalRequested(MISUNDERSTANDING)
                .withdrawalRejectedBy(ARBITRATOR_ID).withdrawalRequested(INSUFFICIENT_EVIDENCE)
                .withdrawalRejectedBy(ARBITRATOR_ID).withdrawalRequested(MISUNDERSTANDING)
                .withdrawalRejectedBy(ARBITRATOR_ID).facts();

        assertThat(mode(facts, SETTLED)).isEqualTo(DIRECT);
        assertThat(input(facts, SETTLED, DIRECT, false).isAllowed()).isTrue();
    }

    @Test
    void aFourthRequest_isRefused_whateverItsReasonOrEvidence() {
        ComplaintFacts facts = threeRejectedRequests().facts();

        for (WithdrawalReason reason : new WithdrawalReason[]{SETTLED, INSUFFICIENT_EVIDENCE, MISUNDERSTANDING}) {
            assertThat(ComplaintRules.withdrawal(facts, BUYER, reason).refusal()).as(reason.name())
                    .isEqualTo(TOO_MANY_WITHDRAWAL_REQUESTS);
        }
        assertThat(ComplaintRules.withdrawalOptions(facts, BUYER)).isEmpty();
        assertThat(ComplaintRules.decide(facts, BUYER, org.marketplace.complaints.api.Action.WITHDRAW).refusal())
                .isEqualTo(TOO_MANY_WITHDRAWAL_REQUESTS);
    }

    @Test
    void theThirdRequest_isStillTaken() {
        ComplaintFacts facts = intervened().withdrawalRequested(MISUNDERSTANDING).withdrawalRejectedBy(ARBITRATOR_ID)
                .withdrawalRequested(INSUFFICIENT_EVIDENCE).withdrawalRejectedBy(ARBITRATOR_ID).facts();

        assertThat(facts.withdrawalRequests()).isEqualTo(2);
        assertThat(mode(facts, SETTLED)).isEqualTo(REVIEW);
    }

    @Test
    void afterARuling_theExceptionalRequestCountsToo() {
        ComplaintFacts facts = threeRejectedRequests().ruledBy(ARBITRATOR_ID).facts();

        assertThat(ComplaintRules.withdrawal(facts, BUYER, MISUNDERSTANDING).refusal())
                .isEqualTo(TOO_MANY_WITHDRAWAL_REQUESTS);
    }

    @Test
    void factsStoredBeforeTheseRules_readBackWithNoRequestsCounted() {
        ComplaintFacts none = ComplaintFacts.none();

        assertThat(none.withdrawalRequests()).isZero();
        assertThat(none.rejectedWithdrawalReasons()).isEmpty();
    }

    private static ComplaintHistory intervened() {
        return aFiledComplaint().sellerResponded().intervened(REQUESTED_BY_BUYER).assignedTo(ARBITRATOR_ID);
    }

    private static ComplaintHistory threeRejectedRequests() {
        return intervened().withdrawalRequested(MISUNDERSTANDING).withdrawalRejectedBy(ARBITRATOR_ID)
                .withdrawalRequested(INSUFFICIENT_EVIDENCE).withdrawalRejectedBy(ARBITRATOR_ID)
                .withdrawalRequested(SETTLED).withdrawalRejectedBy(ARBITRATOR_ID);
    }

    private static WithdrawalMode mode(ComplaintFacts facts, WithdrawalReason reason) {
        return ComplaintRules.withdrawal(facts, BUYER, reason).mode();
    }

    private static Decision input(ComplaintFacts facts, WithdrawalReason reason, WithdrawalMode mode, boolean evidence) {
        return ComplaintRules.withdrawalInput(facts, reason, mode, true, evidence);
    }
}
