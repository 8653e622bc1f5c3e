package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.event.ArbitratorAssigned;
import org.marketplace.complaints.api.event.ArbitratorReassigned;
import org.marketplace.complaints.api.event.AssignmentReleased;

import static org.marketplace.complaints.api.ComplaintState.NEGOTIATING;
import static org.marketplace.complaints.api.ComplaintState.PLATFORM_INTERVENED;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/**
 * Who arbitrates: an arbitrator takes a case nobody has and may give it back; nobody takes over a colleague's case;
 * the supervisor hands any intervened case to any arbitrator. Each change names who made it.
 */
class AssignmentTest extends ComplaintAggregateTest {

    @Test
    void take_anUnassignedCase_assignsTheCaller() {
        given(anIntervenedComplaint())
                .when(commands.assign(ARBITRATOR_1, ARBITER_1))
                .expectEvents(new ArbitratorAssigned(COMPLAINT_ID, ARBITER_1, ARBITRATOR_1, now));
    }

    @Test
    void take_aCaseAssignedToAnother_isRejected() {
        given(anAssignedComplaint())
                .when(commands.assign(ARBITRATOR_2, ARBITER_2))
                .expectNoEvents()
                .expectException(violates(ALREADY_ASSIGNED, PLATFORM_INTERVENED, COMPLAINT_ID));
    }

    @Test
    void take_byTheAssigneeNamingAColleague_isRejected_asTheCaseIsTaken() {
        given(anAssignedComplaint())
                .when(commands.assign(ARBITRATOR_1, ARBITER_2))
                .expectNoEvents()
                .expectException(violates(ALREADY_ASSIGNED));
    }

    @Test
    void take_byAnotherArbitratorNamingThemselves_afterReassignment_isRejected() {
        given(anAssignedComplaint().reassignedTo(ARBITER_2))
                .when(commands.assign(ARBITRATOR_1, ARBITER_1))
                .expectNoEvents()
                .expectException(violates(ALREADY_ASSIGNED));
    }

    @Test
    void take_namingAColleague_forAnUnassignedCase_isASupervisorsStep() {
        given(anIntervenedComplaint())
                .when(commands.assign(ARBITRATOR_1, ARBITER_2))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @Test
    void take_aReleasedCase_isAllowedToAnyArbitrator() {
        given(anAssignedComplaint().released())
                .when(commands.assign(ARBITRATOR_2, ARBITER_2))
                .expectEvents(new ArbitratorAssigned(COMPLAINT_ID, ARBITER_2, ARBITRATOR_2, now));
    }

    @Test
    void release_byTheAssignee_putsTheCaseBack() {
        given(anAssignedComplaint())
                .when(commands.release(ARBITRATOR_1))
                .expectEvents(new AssignmentReleased(COMPLAINT_ID, ARBITER_1, ARBITRATOR_1, now));
    }

    @Test
    void release_byAnotherArbitrator_isRejected() {
        given(anAssignedComplaint())
                .when(commands.release(ARBITRATOR_2))
                .expectNoEvents()
                .expectException(violates(NOT_ASSIGNED, PLATFORM_INTERVENED, COMPLAINT_ID));
    }

    @Test
    void release_ofAnUnassignedCase_isRejected() {
        given(anIntervenedComplaint())
                .when(commands.release(ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(NOT_ASSIGNED));
    }

    @Test
    void release_bySupervisor_isNotTheirStep() {
        given(anAssignedComplaint())
                .when(commands.release(SUPERVISOR))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @Test
    void reassign_bySupervisor_handsAnAssignedCaseOver_namingBothArbitrators() {
        given(anAssignedComplaint())
                .when(commands.reassign(SUPERVISOR, ARBITER_2))
                .expectEvents(new ArbitratorReassigned(COMPLAINT_ID, ARBITER_2, ARBITER_1, SUPERVISOR, now));
    }

    @Test
    void reassign_bySupervisor_assignsAnUnassignedCase() {
        given(anIntervenedComplaint())
                .when(commands.reassign(SUPERVISOR, ARBITER_2))
                .expectEvents(new ArbitratorReassigned(COMPLAINT_ID, ARBITER_2, null, SUPERVISOR, now));
    }

    @Test
    void reassign_toTheArbitratorWhoHasTheCase_isRejected() {
        given(anAssignedComplaint())
                .when(commands.reassign(SUPERVISOR, ARBITER_1))
                .expectNoEvents()
                .expectException(violates(ALREADY_ASSIGNED));
    }

    @Test
    void reassign_byAnArbitrator_isRejected() {
        given(anAssignedComplaint())
                .when(commands.reassign(ARBITRATOR_1, ARBITER_2))
                .expectNoEvents()
                .expectException(violates(ROLE_NOT_ALLOWED));
    }

    @Test
    void reassign_beforeIntervention_isInTheWrongState() {
        given(aNegotiatingComplaint())
                .when(commands.reassign(SUPERVISOR, ARBITER_2))
                .expectNoEvents()
                .expectException(violates(INVALID_STATE, NEGOTIATING, COMPLAINT_ID));
    }

    @Test
    void afterReassignment_onlyTheNewAssigneeRules() {
        given(anAssignedComplaint().reassignedTo(ARBITER_2))
                .when(commands.rule(ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(NOT_ASSIGNED));
    }
}
