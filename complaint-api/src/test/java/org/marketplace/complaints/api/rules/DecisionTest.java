package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.ComplaintState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.negotiating;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.withdrawn;
import static org.marketplace.complaints.api.fixtures.Parties.BUYER;
import static org.marketplace.complaints.api.fixtures.Parties.SELLER;

/** A refusal becomes the domain exception the aggregate throws: the rule's code, the state and the complaint. */
class DecisionTest {

    @Test
    void orThrow_onARefusal_throwsTheRulesCodeWithTheStateAndComplaint() {
        ComplaintFacts facts = withdrawn().facts();

        ComplaintRuleViolation violation = catchThrowableOfType(ComplaintRuleViolation.class,
                () -> ComplaintRules.decide(facts, SELLER, Action.ADD_EVIDENCE).orThrow(facts));

        assertThat(violation.code()).isEqualTo(RuleCode.ALREADY_WITHDRAWN);
        assertThat(violation.state()).isEqualTo(ComplaintState.WITHDRAWN);
        assertThat(violation.complaintId()).isEqualTo(facts.complaintId());
        assertThat(violation).hasMessageContaining("withdrawn");
    }

    @Test
    void orThrow_onAnAllowedStep_answersTheDecision() {
        ComplaintFacts facts = negotiating().facts();
        Decision decision = ComplaintRules.decide(facts, BUYER, Action.REQUEST_INTERVENTION);

        assertThat(decision.orThrow(facts)).isSameAs(decision);
        assertThat(decision.refusal()).isNull();
    }
}
