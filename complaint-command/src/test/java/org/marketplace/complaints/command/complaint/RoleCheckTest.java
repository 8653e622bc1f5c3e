package org.marketplace.complaints.command.complaint;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.Actor;


import static org.marketplace.complaints.api.ComplaintState.AWAITING_SELLER;
import static org.marketplace.complaints.api.ComplaintState.NEGOTIATING;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** Who may act on a complaint at all: its buyer, its seller, the assigned arbitrator; never auditors or operators. */
class RoleCheckTest extends ComplaintAggregateTest {

    @Test
    void addingEvidence_byAnotherBuyer_isRejected() {
        given(aNegotiatingComplaint())
                .when(commands.submitEvidence(OTHER_BUYER))
                .expectNoEvents()
                .expectException(violates(NOT_A_PARTY));
    }

    @Test
    void acceptingAnOffer_byAnotherBuyer_isRejected() {
        given(aFiledComplaint().withOpenOffer())
                .when(commands.accept(OTHER_BUYER))
                .expectNoEvents()
                .expectException(violates(NOT_A_PARTY));
    }

    @Test
    void responding_byAnotherSeller_isRejected() {
        given(aFiledComplaint())
                .when(commands.respond(OTHER_SELLER))
                .expectNoEvents()
                .expectException(violates(NOT_A_PARTY));
    }

    @Test
    void requestingIntervention_byAnotherSeller_isRejected() {
        given(aNegotiatingComplaint())
                .when(commands.requestIntervention(OTHER_SELLER))
                .expectNoEvents()
                .expectException(violates(NOT_A_PARTY));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyStep_byAnAuditor_isRejected(Action action) {
        given(anAssignedComplaint().withSuggestion())
                .when(commands.forAction(action, AUDITOR))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyStep_byAnOperator_isRejected(Action action) {
        given(aFiledComplaint())
                .when(commands.forAction(action, OPERATOR))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"RESPOND", "OFFER_SETTLEMENT"})
    void aSellersStep_byTheBuyer_isRejected(Action action) {
        given(aFiledComplaint())
                .when(commands.forAction(action, BUYER))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"ACCEPT_OFFER", "DECLINE_OFFER", "WITHDRAW"})
    void aBuyersStep_byTheSeller_isRejected(Action action) {
        given(aFiledComplaint().withOpenOffer())
                .when(commands.forAction(action, SELLER))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"TAKE", "REQUEST_EVIDENCE", "SUGGEST_WITHDRAWAL", "RULE"})
    void anArbitratorsStep_byAParty_isRejected(Action action) {
        given(anIntervenedComplaint())
                .when(commands.forAction(action, BUYER))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"ADD_EVIDENCE", "WITHDRAW", "ACCEPT_OFFER"})
    void aPartysStep_byAnArbitrator_isRejected(Action action) {
        given(anAssignedComplaint())
                .when(commands.forAction(action, ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"REQUEST_EVIDENCE", "SUGGEST_WITHDRAWAL", "RULE"})
    void anArbitrationStep_byAnArbitratorNotAssigned_isRejected(Action action) {
        given(anAssignedComplaint())
                .when(commands.forAction(action, ARBITRATOR_2))
                .expectNoEvents()
                .expectException(violates(NOT_ASSIGNED));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"REQUEST_EVIDENCE", "SUGGEST_WITHDRAWAL", "RULE"})
    void anArbitrationStep_beforeAnyoneTookTheCase_isRejected(Action action) {
        given(anIntervenedComplaint())
                .when(commands.forAction(action, ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(NOT_ASSIGNED));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"TAKE", "REQUEST_EVIDENCE", "SUGGEST_WITHDRAWAL", "RULE"})
    void anArbitrationStep_whileAwaitingTheSeller_isInTheWrongState(Action action) {
        given(aFiledComplaint())
                .when(commands.forAction(action, ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE, AWAITING_SELLER, COMPLAINT_ID));
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"TAKE", "REQUEST_EVIDENCE", "SUGGEST_WITHDRAWAL", "RULE"})
    void anArbitrationStep_whileNegotiating_isInTheWrongState(Action action) {
        given(aNegotiatingComplaint())
                .when(commands.forAction(action, ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE, NEGOTIATING, COMPLAINT_ID));
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyStep_onAComplaintNeverFiled_findsNoComplaint(Action action) {
        Actor actor = switch (action) {
            case RESPOND, OFFER_SETTLEMENT -> SELLER;
            case TAKE, RELEASE, REQUEST_EVIDENCE, SUGGEST_WITHDRAWAL, REVIEW_WITHDRAWAL, RULE -> ARBITRATOR_1;
            case REASSIGN -> SUPERVISOR;
            default -> BUYER;
        };
        fixture.givenNoPriorActivity()
                .when(commands.forAction(action, actor))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }
}
