package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.fixtures.ComplaintHistories;
import org.marketplace.complaints.api.fixtures.Situation;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.Parties.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;

/**
 * docs/rules.md, "Who arbitrates": an arbitrator takes only an unassigned case and may give back their own; only a
 * supervisor hands a case to someone else; a case waiting for an arbitrator is due within the assignment window.
 */
class AssignmentRulesTest {

    @Test
    void anArbitrator_takesAnUnassignedCase_forThemselves() {
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_UNASSIGNED.facts(), OTHER_ARBITRATOR,
                OTHER_ARBITRATOR_ID).isAllowed()).isTrue();
    }

    @Test
    void anArbitrator_takingACaseAssignedToAnother_isRefused() {
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_ASSIGNED.facts(), OTHER_ARBITRATOR,
                OTHER_ARBITRATOR_ID).refusal()).isEqualTo(ALREADY_ASSIGNED);
    }

    @Test
    void anArbitrator_namingAColleague_forAnAssignedCase_findsItAlreadyAssigned() {
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_ASSIGNED.facts(), ARBITRATOR,
                OTHER_ARBITRATOR_ID).refusal()).isEqualTo(ALREADY_ASSIGNED);
    }

    @Test
    void anArbitrator_namingAColleague_forAnUnassignedCase_actsAsOnlyASupervisorMay() {
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_UNASSIGNED.facts(), ARBITRATOR,
                OTHER_ARBITRATOR_ID).refusal()).isEqualTo(ROLE_NOT_ALLOWED);
    }

    @Test
    void theAssignee_takingTheirOwnCaseAgain_findsItAlreadyAssigned() {
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_ASSIGNED.facts(), ARBITRATOR, ARBITRATOR_ID)
                .refusal()).isEqualTo(ALREADY_ASSIGNED);
    }

    @Test
    void theSupervisor_reassignsAnAssignedCase_toAnyArbitrator() {
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_ASSIGNED.facts(), SUPERVISOR, OTHER_ARBITRATOR_ID)
                .isAllowed()).isTrue();
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_UNASSIGNED.facts(), SUPERVISOR, ARBITRATOR_ID)
                .isAllowed()).isTrue();
    }

    @Test
    void theSupervisor_handingTheCaseToItsAssignee_isRefused_asItWouldChangeNothing() {
        assertThat(ComplaintRules.assignment(Situation.INTERVENED_ASSIGNED.facts(), SUPERVISOR, ARBITRATOR_ID)
                .refusal()).isEqualTo(ALREADY_ASSIGNED);
    }

    @Test
    void theSupervisor_reassigningBeforeIntervention_isInTheWrongState() {
        assertThat(ComplaintRules.decide(Situation.NEGOTIATING.facts(), SUPERVISOR, Action.REASSIGN).refusal())
                .isEqualTo(INVALID_STATE);
    }

    @Test
    void releasing_isForTheAssigneeOnly() {
        assertThat(ComplaintRules.decide(Situation.INTERVENED_ASSIGNED.facts(), OTHER_ARBITRATOR, Action.RELEASE)
                .refusal()).isEqualTo(NOT_ASSIGNED);
        assertThat(ComplaintRules.decide(Situation.INTERVENED_UNASSIGNED.facts(), ARBITRATOR, Action.RELEASE)
                .refusal()).isEqualTo(NOT_ASSIGNED);
        assertThat(ComplaintRules.decide(Situation.INTERVENED_ASSIGNED.facts(), SUPERVISOR, Action.RELEASE)
                .refusal()).isEqualTo(ROLE_NOT_ALLOWED);
    }

    @Test
    void reassigning_isForTheSupervisorOnly() {
        assertThat(ComplaintRules.decide(Situation.INTERVENED_ASSIGNED.facts(), ARBITRATOR, Action.REASSIGN)
                .refusal()).isEqualTo(ROLE_NOT_ALLOWED);
    }

    @Test
    void anUnassignedCase_isDueWithinTheFiledAssignmentWindow_fromTheIntervention() {
        ComplaintFacts facts = Situation.INTERVENED_UNASSIGNED.facts();

        assertThat(facts.awaitingAssignmentSince()).isEqualTo(facts.intervenedAt());
        assertThat(facts.assignmentDueBy()).isEqualTo(facts.intervenedAt().plus(Duration.ofHours(24)));
    }

    @Test
    void aReleasedCase_waitsAfreshFromItsRelease() {
        ComplaintFacts facts = Situation.INTERVENED_RELEASED.facts();

        assertThat(facts.awaitingAssignmentSince()).isEqualTo(facts.releasedAt()).isAfter(facts.intervenedAt());
        assertThat(facts.assignmentDueBy()).isEqualTo(facts.releasedAt().plus(DeadlinePolicy.DEFAULT_ASSIGNMENT));
    }

    @Test
    void anAssignedOrClosedCase_waitsForNobody() {
        assertThat(Situation.INTERVENED_ASSIGNED.facts().assignmentDueBy()).isNull();
        assertThat(Situation.INTERVENED_REASSIGNED.facts().assignmentDueBy()).isNull();
        assertThat(Situation.NEGOTIATING.facts().assignmentDueBy()).isNull();
        assertThat(ComplaintHistories.ruled().facts().assignmentDueBy()).isNull();
    }

    @Test
    void aPolicyStoredWithoutAnAssignmentWindow_readsAsTheDefault() {
        DeadlinePolicy old = new DeadlinePolicy(Duration.ofHours(48), Duration.ofDays(7), Duration.ofHours(72), null, null);

        assertThat(old.assignment()).isEqualTo(Duration.ofHours(24));
    }
}
