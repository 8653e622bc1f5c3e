package org.marketplace.complaints.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;
import org.marketplace.complaints.platform.web.FallbackProblemHandler;
import org.springframework.http.ProblemDetail;

import java.util.List;

/** What the aggregate and the store refuse, however Axon wraps it, and what an unknown failure may say. */
class CommandProblemsTest {

    private final FallbackProblemHandler handler = new FallbackProblemHandler(List.of(new CommandProblems()));

    @Test
    void aRuleViolation_wrappedByAxon_keepsItsCodeStatusAndState() {
        var violation = new ComplaintRuleViolation(RuleCode.ALREADY_WITHDRAWN, "withdrawn",
                ComplaintState.WITHDRAWN, new ComplaintId("c-1"));

        ProblemDetail problem = handler.handle(new CommandExecutionException("failed", violation));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("code", "ALREADY_WITHDRAWN")
                .containsEntry("state", ComplaintState.WITHDRAWN);
    }

    @Test
    void codesThatAreTheCallersToFix_areNotConflicts() {
        assertThat(RuleProblems.statusOf(RuleCode.NOT_A_PARTY).value()).isEqualTo(404);
        assertThat(RuleProblems.statusOf(RuleCode.ROLE_NOT_ALLOWED).value()).isEqualTo(403);
        assertThat(RuleProblems.statusOf(RuleCode.COMPLAINT_NOT_FOUND).value()).isEqualTo(404);
        assertThat(RuleProblems.statusOf(RuleCode.SETTLEMENT_TERMS_REQUIRED).value()).isEqualTo(400);
        assertThat(RuleProblems.statusOf(RuleCode.NEW_EVIDENCE_REQUIRED).value()).isEqualTo(400);
        assertThat(RuleProblems.statusOf(RuleCode.NO_OPEN_OFFER).value()).isEqualTo(409);
    }

    @Test
    void aStranger_isAnsweredExactlyAsForAComplaintThatDoesNotExist() {
        var stranger = new ComplaintRuleViolation(RuleCode.NOT_A_PARTY, "only the complaint's buyer and seller may act on it",
                ComplaintState.NEGOTIATING, new ComplaintId("c-1"));

        ProblemDetail problem = handler.handle(new CommandExecutionException("failed", stranger));

        assertThat(problem).isEqualTo(handler.handle(new AggregateNotFoundException("c-2", "not found")));
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getProperties()).containsOnly(java.util.Map.entry("code", "COMPLAINT_NOT_FOUND"));
    }

    @Test
    void aMissingAggregate_isAnUnknownComplaint() {
        ProblemDetail problem = handler.handle(new AggregateNotFoundException("c-1", "not found"));

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getProperties()).containsEntry("code", "COMPLAINT_NOT_FOUND");
    }

    @Test
    void aStaleVersion_isAConcurrentModification() {
        ProblemDetail problem = handler.handle(new ConflictingAggregateVersionException("c-1", 1, 4));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }

    @Test
    void anUnknownFailure_isA500_thatTellsNothingAboutTheInside() {
        ProblemDetail problem = handler.handle(new IllegalStateException("jdbc:h2:file:/secret/path broke"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(problem.getDetail()).doesNotContain("secret", "jdbc");
    }
}
