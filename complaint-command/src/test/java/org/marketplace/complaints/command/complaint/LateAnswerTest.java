package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.event.EvidenceSubmitted;

import java.time.Duration;

import static org.marketplace.complaints.api.rules.RuleCode.DEADLINE_PASSED;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/**
 * A persistent timer fires some time after it is due (polling, a restart). A command that arrives in that
 * gap carries a requestedAt after the window closed; the window, not the timer, decides.
 */
class LateAnswerTest extends ComplaintAggregateTest {

    private final ComplaintCommands afterTheResponseWindow = commands.later(POLICY.sellerResponse().plusMinutes(1));

    @Test
    void respond_afterTheResponseWindowClosed_isTooLate() {
        fixture.givenCommands(commands.file())
                .when(afterTheResponseWindow.respond(SELLER))
                .expectNoEvents()
                .expectException(violates(DEADLINE_PASSED));
    }

    @Test
    void offer_afterTheResponseWindowClosed_isTooLateToCountAsAResponse() {
        fixture.givenCommands(commands.file())
                .when(afterTheResponseWindow.offer(SELLER, OFFER_ID))
                .expectNoEvents()
                .expectException(violates(DEADLINE_PASSED));
    }

    @Test
    void evidence_afterTheDueTime_isRecordedButDoesNotFulfilTheRequest() {
        ComplaintCommands late = commands.later(POLICY.evidence().plusMinutes(1));
        fixture.givenCommands(commands.file(), commands.respond(SELLER), commands.requestIntervention(BUYER),
                        commands.assign(ARBITRATOR_1, ARBITER_1),
                        commands.requestEvidence(ARBITRATOR_1, EvidenceParty.SELLER, null))
                .when(late.submitEvidence(SELLER))
                .expectEvents(new EvidenceSubmitted(COMPLAINT_ID, SELLER, chatLog(), late.at()))
                .expectScheduledDeadlineWithName(now.plus(POLICY.evidence()), ComplaintDeadlines.EVIDENCE);
    }

    @Test
    void respond_justBeforeTheResponseWindowCloses_isInTime() {
        fixture.givenCommands(commands.file())
                .when(commands.later(POLICY.sellerResponse().minus(Duration.ofSeconds(1))).respond(SELLER))
                .expectSuccessfulHandlerExecution();
    }
}
