package org.marketplace.complaints.query.freshness;

import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A read model still behind the asked position: 503 PROJECTION_BEHIND with Retry-After, so a client knows
 * to ask again shortly. A translator, for when the failure arrives wrapped; an advice (before the platform's
 * catch-all), because only a handler of its own can add the header.
 */
@RestControllerAdvice
@Order(0)
class FreshnessProblems implements ProblemTranslator {

    static final String CODE = "PROJECTION_BEHIND";

    @Override
    public ProblemDetail translate(Throwable failure) {
        if (!(failure instanceof ProjectionBehindException behind)) {
            return null;
        }
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CODE, behind.getMessage());
        problem.setProperty("processingGroup", behind.processingGroup());
        problem.setProperty("minEventPosition", behind.wanted());
        problem.setProperty("processedPosition", behind.reached());
        return problem;
    }

    @ExceptionHandler(ProjectionBehindException.class)
    ResponseEntity<ProblemDetail> behind(ProjectionBehindException behind) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(translate(behind));
    }
}
