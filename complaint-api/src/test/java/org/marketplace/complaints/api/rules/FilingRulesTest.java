package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.fixtures.Situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.*;
import static org.marketplace.complaints.api.fixtures.Parties.OTHER_ARBITRATOR_ID;

/** One complaint per (buyer, order, category), ever: the key's own history decides a new filing. */
class FilingRulesTest {

    @Test
    void filing_anUnfiledKey_isAllowed() {
        assertThat(ComplaintRules.filing(ComplaintFacts.none()).isAllowed()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Situation.class, names = {"AWAITING_SELLER", "NEGOTIATING.*", "INTERVENED.*"}, mode = EnumSource.Mode.MATCH_ANY)
    void filing_whileTheComplaintIsOpen_isRefused_namingTheOpenComplaint(Situation situation) {
        ComplaintFacts facts = situation.facts();

        ComplaintRuleViolation violation = catchThrowableOfType(ComplaintRuleViolation.class,
                () -> ComplaintRules.filing(facts).orThrow(facts));

        assertThat(violation.code()).isEqualTo(RuleCode.COMPLAINT_ALREADY_OPEN);
        assertThat(violation.complaintId()).isEqualTo(facts.complaintId());
        assertThat(violation.state()).isEqualTo(facts.state());
    }

    @Test
    void filing_afterADirectWithdrawal_isARefile() {
        assertThat(ComplaintRules.filing(withdrawn().facts()).refusal()).isEqualTo(RuleCode.REFILE_AFTER_WITHDRAWAL);
    }

    @Test
    void filing_afterAnApprovedWithdrawalRequest_isARefile() {
        ComplaintFacts facts = negotiating().withdrawalRequested(WithdrawalReason.MISUNDERSTANDING)
                .withdrawalApprovedBy(OTHER_ARBITRATOR_ID).facts();

        assertThat(ComplaintRules.filing(facts).refusal()).isEqualTo(RuleCode.REFILE_AFTER_WITHDRAWAL);
    }

    @Test
    void filing_afterAnExceptionalWithdrawal_isStillARefile() {
        ComplaintFacts facts = ruledWithPendingExceptionalRequest().withdrawalApprovedBy(OTHER_ARBITRATOR_ID).facts();

        assertThat(ComplaintRules.filing(facts).refusal()).isEqualTo(RuleCode.REFILE_AFTER_WITHDRAWAL);
    }

    @Test
    void filing_afterARuling_isAlreadyRuled() {
        assertThat(ComplaintRules.filing(ruled().facts()).refusal()).isEqualTo(RuleCode.ALREADY_RULED);
        assertThat(ComplaintRules.filing(ruledWithPendingExceptionalRequest().facts()).refusal())
                .isEqualTo(RuleCode.ALREADY_RULED);
    }
}
