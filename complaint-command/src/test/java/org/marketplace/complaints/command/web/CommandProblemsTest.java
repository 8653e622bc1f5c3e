package org.marketplace.complaints.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;
import org.marketplace.complaints.platform.web.FallbackProblemHandler;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionSystemException;

import java.util.List;

/** What the aggregate and the store refuse, however Axon wraps it, and what an unknown failure may say. */
class CommandProblemsTest {

    private final FallbackProblemHandler handler = new FallbackProblemHandler(List.of(new CommandProblems()));

    @Test
    void aRuleViolation_wrappedByAxon_keepsItsCodeStatusAndState() {
        var violation = new ComplaintRuleViolation(RuleCode.ALREADY_WITHDRAWN, "withdrawn",
                ComplaintState.WITHDRAWN, new ComplaintId("c-1"));

        ProblemDetail problem = handler.handle(new CommandExecutionException("failed", violation)).getBody();

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

        ProblemDetail problem = handler.handle(new CommandExecutionException("failed", stranger)).getBody();

        assertThat(problem).isEqualTo(handler.handle(new AggregateNotFoundException("c-2", "not found")).getBody());
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getProperties()).containsOnly(java.util.Map.entry("code", "COMPLAINT_NOT_FOUND"));
    }

    @Test
    void aMissingAggregate_isAnUnknownComplaint() {
        ProblemDetail problem = handler.handle(new AggregateNotFoundException("c-1", "not found")).getBody();

        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getProperties()).containsEntry("code", "COMPLAINT_NOT_FOUND");
    }

    @Test
    void aStaleVersion_isAConcurrentModification() {
        ProblemDetail problem = handler.handle(new ConflictingAggregateVersionException("c-1", 1, 4)).getBody();

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_MODIFICATION");
    }

    @Test
    void anUnknownFailure_isA500_thatTellsNothingAboutTheInside() {
        ProblemDetail problem = handler.handle(new IllegalStateException("jdbc:h2:file:/secret/path broke")).getBody();

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getProperties()).containsEntry("code", "INTERNAL_ERROR");
        assertThat(problem.getDetail()).doesNotContain("secret", "jdbc");
    }

    @Test
    void noConnectionFromThePool_evenWrappedByAxon_isDatabaseUnavailable_withRetryAfter() {
        var timedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        var failedAppend = new EventStoreException("An event for aggregate [c-1] could not be stored", timedOut);

        ResponseEntity<ProblemDetail> answer = handler.handle(new CommandExecutionException("failed", failedAppend));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(answer.getBody().getProperties()).containsEntry("code", "DATABASE_UNAVAILABLE");
    }

    @Test
    void aPoolTimeoutWithoutAFailedConnectionAttempt_saysTheDatabaseIsBusy_notUnreachable() {
        // Hikari's timeout when every connection stayed in use: no cause, since no attempt to connect failed
        var allInUse = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request "
                + "timed out after 1500ms (total=24, active=24, idle=0, waiting=3)");

        ResponseEntity<ProblemDetail> answer = handler.handle(new EventStoreException("append failed", allInUse));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "DATABASE_UNAVAILABLE");
        assertThat(answer.getBody().getDetail()).contains("busy").doesNotContain("cannot be reached");
    }

    @Test
    void aPoolTimeoutAfterAFailedConnectionAttempt_saysTheDatabaseCannotBeReached() {
        // Hikari gives its last failed attempt to connect as the cause
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        var timedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request "
                + "timed out after 1500ms (total=0, active=0, idle=0, waiting=1)", "08001", refused);

        ResponseEntity<ProblemDetail> answer = handler.handle(new EventStoreException("append failed", timedOut));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getDetail()).contains("cannot be reached").doesNotContain("busy");
    }

    @Test
    void aConnectionEndedByADatabaseRestart_isDatabaseUnavailable() {
        // PostgreSQL's admin_shutdown: the server terminated the backend of a connection in use
        var terminated = new SQLException("terminating connection due to administrator command", "57P01");

        ResponseEntity<ProblemDetail> answer = handler.handle(new EventStoreException("append failed", terminated));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "DATABASE_UNAVAILABLE");
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedAfterARestart_isDatabaseUnavailable() {
        // Hikari's own exception, without SQLSTATE, when the first failure had it close the connection
        var closed = new SQLException("Connection is closed");
        var rollbackFailed = new TransactionSystemException("JDBC rollback failed", closed);

        assertThat(handler.handle(rollbackFailed).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void aBrokenSocketToTheDatabase_isDatabaseUnavailable() {
        var broken = new SQLException("An I/O error occurred while sending to the backend", (String) null,
                new SocketException("Broken pipe"));

        assertThat(handler.handle(new EventStoreException("append failed", broken)).getStatusCode().value())
                .isEqualTo(503);
    }

    @Test
    void anotherDatabaseError_isStillA500() {
        var unexpected = new SQLException("value too long for type character varying(100)", "22001");

        assertThat(handler.handle(new EventStoreException("append failed", unexpected)).getStatusCode().value())
                .isEqualTo(500);
    }
}
