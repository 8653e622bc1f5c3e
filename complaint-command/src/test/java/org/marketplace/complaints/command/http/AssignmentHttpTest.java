package org.marketplace.complaints.command.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.command.support.Journey.expect;
import static org.marketplace.complaints.command.support.Journey.path;
import static org.marketplace.complaints.command.support.ProblemAssert.assertProblem;
import static org.marketplace.complaints.command.support.Requests.*;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.event.ArbitratorReassigned;
import org.marketplace.complaints.api.event.AssignmentReleased;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.command.support.JsonBody;

/** Who arbitrates, over HTTP: take, no take-over, release, and the supervisor's reassignment. */
class AssignmentHttpTest extends HttpTestBase {

    @Test
    void aCaseTaken_cannotBeTakenByAnotherArbitrator_evenNamingAColleague() {
        String id = journey().assignedTo("arbiter-1");

        assertProblem(as("arbiter-2").post(path(id, "/assignment"), null), 409, "ALREADY_ASSIGNED");
        assertProblem(as("arbiter-2").post(path(id, "/assignment"), handTo("arbiter-2")), 409, "ALREADY_ASSIGNED");
        assertProblem(as("arbiter-1").post(path(id, "/assignment"), handTo("arbiter-2")), 409, "ALREADY_ASSIGNED");
        assertProblem(as("arbiter-2").post(path(id, "/ruling"), aRulingForTheBuyer()), 409, "NOT_ASSIGNED");
    }

    @Test
    void anArbitrator_handingAFreeCaseToAColleague_isRefused_asOnlyTheSupervisorMay() {
        String id = intervened();

        assertProblem(as("arbiter-1").post(path(id, "/assignment"), handTo("arbiter-2")), 403, "ROLE_NOT_ALLOWED");
        assertThat(eventTypes(id)).doesNotContain("ArbitratorAssigned");
    }

    @Test
    void theAssignee_releasesTheCase_andAnotherArbitratorTakesIt() {
        String id = journey().assignedTo("arbiter-1");

        assertProblem(as("arbiter-2").post(path(id, "/assignment/release"), null), 409, "NOT_ASSIGNED");
        expect(202, as("arbiter-1").post(path(id, "/assignment/release"), null));
        expect(202, as("arbiter-2").post(path(id, "/assignment"), null));

        assertThat(eventTypes(id)).containsSubsequence("ArbitratorAssigned", "AssignmentReleased", "ArbitratorAssigned");
        assertThat(payloadOf(id, AssignmentReleased.class).releasedBy()).isEqualTo(new Actor(Role.ARBITRATOR, "arbiter-1"));
    }

    @Test
    void theSupervisor_reassignsATakenCase_andOnlyTheNewAssigneeActs() {
        String id = journey().assignedTo("arbiter-1");

        expect(202, as("lead-1").post(path(id, "/assignment"), handTo("arbiter-2")));

        ArbitratorReassigned reassigned = payloadOf(id, ArbitratorReassigned.class);
        assertThat(reassigned.reassignedBy()).isEqualTo(new Actor(Role.SUPERVISOR, "lead-1"));
        assertThat(reassigned.previousArbitratorId().value()).isEqualTo("arbiter-1");
        assertProblem(as("arbiter-1").post(path(id, "/withdrawal-suggestion"), aSuggestion()), 409, "NOT_ASSIGNED");
        expect(202, as("arbiter-2").post(path(id, "/withdrawal-suggestion"), aSuggestion()));
    }

    @Test
    void theSupervisor_mustNameTheArbitrator_andMayNotRule() {
        String id = intervened();

        assertProblem(as("lead-1").post(path(id, "/assignment"), null), 400, "VALIDATION_FAILED");
        assertProblem(as("lead-1").post(path(id, "/assignment/release"), null), 403, "ROLE_NOT_ALLOWED");
        assertProblem(as("lead-1").post(path(id, "/ruling"), aRulingForTheBuyer()), 403, "ROLE_NOT_ALLOWED");
        expect(202, as("lead-1").post(path(id, "/assignment"), handTo("arbiter-2")));
        assertThat(payloadOf(id, ArbitratorReassigned.class).previousArbitratorId()).isNull();
    }

    @Test
    void aParty_mayNotTakeOrReleaseACase() {
        String id = intervened();

        assertProblem(as("buyer-1").post(path(id, "/assignment"), null), 403, "ROLE_NOT_ALLOWED");
        assertProblem(as("seller-1").post(path(id, "/assignment/release"), null), 403, "ROLE_NOT_ALLOWED");
    }

    private String intervened() {
        String id = journey().responded();
        expect(202, as("buyer-1").post(path(id, "/intervention-request"), aNote()));
        return id;
    }

    private static JsonBody handTo(String arbitrator) {
        return JsonBody.json().with("arbitratorId", arbitrator);
    }

    private <T> T payloadOf(String id, Class<T> type) {
        return events(id).stream().map(event -> event.getPayload()).filter(type::isInstance).map(type::cast)
                .reduce((first, last) -> last).orElseThrow();
    }
}
