package org.marketplace.complaints.platform.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure that bad input did not explain. Frameworks hand exceptions back wrapped (Axon's
 * CommandExecutionException…), so the cause chain is searched for the first failure a translator knows.
 * A database out of reach explains whatever it caused, before any translator looks (a translator would see only
 * the wrapper, e.g. a failed append). Anything unknown is a 500 that says nothing about the inside; the log has the
 * whole story.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class FallbackProblemHandler {

    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    private static final Logger log = LoggerFactory.getLogger(FallbackProblemHandler.class);

    private final List<ProblemTranslator> translators;

    public FallbackProblemHandler(List<ProblemTranslator> translators) {
        this.translators = translators;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> handle(Exception failure) {
        if (DatabaseUnavailable.explains(failure)) {
            // expected while the database is down or restarting, or the pool is too small for the load: one line,
            // not a stack trace per request, saying which
            boolean busy = DatabaseUnavailable.busy(failure);
            log.warn(busy ? "Database busy, every pooled connection in use: {}" : "Database unavailable: {}",
                    failure.toString());
            return DatabaseUnavailable.answer(busy);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            ProblemDetail known = known(cause);
            if (known != null) {
                return ResponseEntity.status(known.getStatus()).body(known);
            }
        }
        log.error("Request failed unexpectedly", failure);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR,
                "the request could not be completed; quote the X-Correlation-Id when reporting it"));
    }

    private ProblemDetail known(Throwable cause) {
        if (cause instanceof InvalidInputException invalid) {
            return Problems.invalid(invalid.field(), invalid.getMessage());
        }
        for (ProblemTranslator translator : translators) {
            ProblemDetail problem = translator.translate(cause);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }
}
