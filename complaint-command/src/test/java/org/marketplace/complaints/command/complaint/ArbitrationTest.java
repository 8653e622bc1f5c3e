package org.marketplace.complaints.command.complaint;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.RulingOutcome;
import org.marketplace.complaints.api.event.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.EvidenceParty.BOTH;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/** Working an intervened case: asking for evidence, suggesting withdrawal, ruling (taking it: AssignmentTest). */
class ArbitrationTest extends ComplaintAggregateTest {

    @Test
    void rule_byANewAssignee_isAllowedAfterReassignment() {
        given(anAssignedComplaint().reassignedTo(ARBITER_2))
                .when(commands.rule(ARBITRATOR_2))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void suggestWithdrawal_recordsTheRationale() {
        given(anAssignedComplaint())
                .when(commands.suggestWithdrawal(ARBITRATOR_1))
                .expectEvents(new WithdrawalSuggested(COMPLAINT_ID, ARBITER_1, "未发现卖家违规", now));
    }

    @Test
    void suggestWithdrawal_whileOneIsOpen_isRejected() {
        given(anAssignedComplaint().withSuggestion())
                .when(commands.suggestWithdrawal(ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(SUGGESTION_ALREADY_OPEN));
    }

    @Test
    void suggestWithdrawal_whileARequestIsPending_isRejected() {
        given(anAssignedComplaint().withPendingWithdrawal())
                .when(commands.suggestWithdrawal(ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_ALREADY_PENDING));
    }

    @Test
    void declineSuggestion_letsTheCaseGoOnToARuling() {
        given(anAssignedComplaint().withSuggestion())
                .when(commands.declineSuggestion(BUYER))
                .expectEvents(new WithdrawalSuggestionDeclined(COMPLAINT_ID, "我坚持投诉", now));
    }

    @Test
    void declineSuggestion_withoutOne_isRejected() {
        given(anAssignedComplaint().withDeclinedSuggestion())
                .when(commands.declineSuggestion(BUYER))
                .expectNoEvents()
                .expectException(violates(NO_OPEN_SUGGESTION));
    }

    @Test
    void requestEvidence_whileARequestIsOpen_isRejected() {
        given(anAssignedComplaint().withEvidenceRequest(BOTH))
                .when(commands.requestEvidence(ARBITRATOR_1, BOTH, null))
                .expectNoEvents()
                .expectException(violates(EVIDENCE_REQUEST_ALREADY_OPEN));
    }

    @Test
    void rule_recordsTheVersionOfTheStreamRuledOn() {
        ComplaintScenario assigned = anAssignedComplaint();
        assertThat(assigned.events()).hasSize(5);
        given(assigned)
                .when(commands.rule(ARBITRATOR_1))
                .expectEvents(new ComplaintRuled(COMPLAINT_ID, ARBITER_1, RulingOutcome.BUYER_FAVOURED, FULL_REFUND,
                        "商品存在质量问题", 4L, now, now.plus(POLICY.reconsideration())));
    }

    @Test
    void rule_withTheVersionTheArbitratorSaw_isAccepted() {
        ComplaintScenario assigned = anAssignedComplaint().withDeclinedSuggestion();
        given(assigned)
                .when(commands.rule(ARBITRATOR_1, assigned.version()))
                .expectEvents(new ComplaintRuled(COMPLAINT_ID, ARBITER_1, RulingOutcome.BUYER_FAVOURED, FULL_REFUND,
                        "商品存在质量问题", assigned.version(), now,
                        now.plus(POLICY.reconsideration())));
    }

    @Test
    void rule_onAStaleVersion_isRejectedAsAConflict() {
        ComplaintScenario assigned = anAssignedComplaint().withEvidenceRequest(BOTH);
        given(assigned)
                .when(commands.rule(ARBITRATOR_1, assigned.version() - 1))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void rule_whileAWithdrawalRequestIsPending_isRejected() {
        given(anAssignedComplaint().withPendingWithdrawal())
                .when(commands.rule(ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(WITHDRAWAL_ALREADY_PENDING));
    }

    @Test
    void rule_whileASuggestionIsOpen_isAllowed() {
        given(anAssignedComplaint().withSuggestion())
                .when(commands.rule(ARBITRATOR_1))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rule_twice_isRejected() {
        given(aRuledComplaint())
                .when(commands.rule(ARBITRATOR_1))
                .expectNoEvents()
                .expectException(violates(ALREADY_RULED));
    }

    @Test
    void addingEvidence_afterTheRuling_isRejected() {
        given(aRuledComplaint())
                .when(commands.submitEvidence(BUYER))
                .expectNoEvents()
                .expectException(violates(ALREADY_RULED));
    }

    @Test
    void addingEvidence_afterWithdrawal_isRejected() {
        given(aNegotiatingComplaint().withdrawn())
                .when(commands.submitEvidence(SELLER))
                .expectNoEvents()
                .expectException(violates(ALREADY_WITHDRAWN));
    }
}
