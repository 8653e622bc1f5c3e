package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.event.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.marketplace.complaints.api.EvidenceParty.BOTH;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.EVIDENCE;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;

/** The arbitrator's evidence requests: their due time, their expiry and their fulfilment. */
class EvidenceDeadlineTest extends ComplaintAggregateTest {

    private final Instant policyDue = now.plus(POLICY.evidence());

    /** The commands that bring a complaint to its arbitrator, then any more. */
    private List<Object> anAssignedCase(Object... more) {
        return Stream.concat(Stream.of(commands.file(), commands.respond(SELLER), commands.requestIntervention(BUYER),
                commands.assign(ARBITRATOR_1, ARBITER_1)), Stream.of(more)).toList();
    }

    private List<Object> anEvidenceRequest(EvidenceParty from, Object... answers) {
        return Stream.concat(anAssignedCase(commands.requestEvidence(ARBITRATOR_1, from, null)).stream(),
                Stream.of(answers)).toList();
    }

    @Test
    void requestEvidence_withoutADueTime_usesTheEvidenceWindowOfTheFiledPolicy() {
        fixture.givenCommands(anAssignedCase())
                .when(commands.requestEvidence(ARBITRATOR_1, EvidenceParty.BUYER, null))
                .expectEvents(new EvidenceRequested(COMPLAINT_ID, NEW_EVIDENCE_REQUEST_ID, EvidenceParty.BUYER, "请补充物流信息",
                        ARBITER_1, now, policyDue))
                .expectScheduledDeadline(POLICY.evidence(), new DeadlineDue(policyDue, NEW_EVIDENCE_REQUEST_ID))
                .expectScheduledDeadlineWithName(policyDue, EVIDENCE);
    }

    @Test
    void requestEvidence_withADueTime_usesIt() {
        Instant dueBy = now.plus(Duration.ofHours(5));
        fixture.givenCommands(anAssignedCase())
                .when(commands.requestEvidence(ARBITRATOR_1, EvidenceParty.SELLER, dueBy))
                .expectEvents(new EvidenceRequested(COMPLAINT_ID, NEW_EVIDENCE_REQUEST_ID, EvidenceParty.SELLER, "请补充物流信息",
                        ARBITER_1, now, dueBy))
                .expectScheduledDeadline(dueBy, new DeadlineDue(dueBy, NEW_EVIDENCE_REQUEST_ID))
                .expectNoScheduledDeadlineWithName(policyDue, EVIDENCE);
    }

    @Test
    void evidenceDueTime_passingWithoutAnswers_expiresTheRequestNamingBothParties() {
        fixture.givenCommands(anEvidenceRequest(BOTH))
                .whenTimeElapses(POLICY.evidence())
                .expectTriggeredDeadlinesWithName(EVIDENCE)
                .expectEvents(new EvidenceRequestExpired(COMPLAINT_ID, NEW_EVIDENCE_REQUEST_ID,
                        List.of(Role.BUYER, Role.SELLER), policyDue));
    }

    @Test
    void evidenceDueTime_passingAfterOneOfTwoAnswered_namesTheOneMissing() {
        fixture.givenCommands(anEvidenceRequest(BOTH, commands.submitEvidence(SELLER)))
                .whenTimeElapses(POLICY.evidence())
                .expectEvents(new EvidenceRequestExpired(COMPLAINT_ID, NEW_EVIDENCE_REQUEST_ID, List.of(Role.BUYER),
                        policyDue));
    }

    @Test
    void evidence_fromTheOnePartyAsked_fulfilsTheRequestAndCancelsItsDeadline() {
        fixture.givenCommands(anEvidenceRequest(EvidenceParty.SELLER))
                .when(commands.submitEvidence(SELLER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, SELLER, chatLog(), now),
                        new EvidenceRequestFulfilled(COMPLAINT_ID, NEW_EVIDENCE_REQUEST_ID, now))
                .expectNoScheduledDeadlines();
    }

    @Test
    void evidence_fromThePartyNotAsked_leavesTheRequestOpen() {
        fixture.givenCommands(anEvidenceRequest(EvidenceParty.SELLER))
                .when(commands.submitEvidence(BUYER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, BUYER, chatLog(), now))
                .expectScheduledDeadlineWithName(policyDue, EVIDENCE);
    }

    @Test
    void evidence_fromOneOfBothParties_leavesTheRequestOpen() {
        fixture.givenCommands(anEvidenceRequest(BOTH))
                .when(commands.submitEvidence(BUYER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, BUYER, chatLog(), now))
                .expectScheduledDeadlineWithName(policyDue, EVIDENCE);
    }

    @Test
    void evidence_fromTheSecondOfBothParties_fulfilsTheRequest() {
        fixture.givenCommands(anEvidenceRequest(BOTH, commands.submitEvidence(BUYER)))
                .when(commands.submitEvidence(SELLER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, SELLER, chatLog(), now),
                        new EvidenceRequestFulfilled(COMPLAINT_ID, NEW_EVIDENCE_REQUEST_ID, now))
                .expectNoScheduledDeadlines();
    }

    @Test
    void evidenceDueTime_afterTheRequestWasFulfilled_neverFires() {
        fixture.givenCommands(anEvidenceRequest(EvidenceParty.BUYER, commands.submitEvidence(BUYER)))
                .whenTimeElapses(POLICY.evidence())
                .expectNoEvents();
    }
}
