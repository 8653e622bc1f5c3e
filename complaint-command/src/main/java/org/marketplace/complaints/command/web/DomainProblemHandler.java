package org.marketplace.complaints.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the aggregate and the event store refuse. Axon may hand a handler's exception back wrapped
 * (CommandExecutionException), so the cause chain is searched for the first failure we know.
 * Anything unknown is a 500 that says nothing about the inside; the log has the whole story.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DomainProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(DomainProblemHandler.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail handle(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            ProblemDetail known = known(cause);
            if (known != null) {
                return known;
            }
        }
        log.error("Command failed unexpectedly", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "the request could not be completed; quote the X-Correlation-Id when reporting it");
    }

    private static ProblemDetail known(Throwable cause) {
        if (cause instanceof ComplaintRuleViolation violation) {
            return RuleProblems.of(violation);
        }
        if (cause instanceof AggregateNotFoundException) {
            return Problems.of(HttpStatus.NOT_FOUND, RuleCode.COMPLAINT_NOT_FOUND.name(), "no such complaint");
        }
        if (cause instanceof ConflictingAggregateVersionException) {
            return Problems.of(HttpStatus.CONFLICT, RuleCode.CONCURRENT_MODIFICATION.name(),
                    "the complaint changed since the version you saw (If-Match); look again and retry");
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return Problems.of(HttpStatus.CONFLICT, RuleCode.CONCURRENT_MODIFICATION.name(),
                    "the complaint was changed at the same time; retry");
        }
        if (cause instanceof InvalidInputException invalid) {
            return Problems.invalid(invalid.field(), invalid.getMessage());
        }
        return null;
    }
}
