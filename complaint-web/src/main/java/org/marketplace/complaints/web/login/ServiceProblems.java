package org.marketplace.complaints.web.login;

import org.marketplace.complaints.web.problem.Problems;
import org.marketplace.complaints.web.routing.BackendFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.client.RestClientException;

/**
 * A login or /auth/me that could not ask the query service answers like an /api call would (BackendFailures):
 * 503 SERVICE_UNAVAILABLE while it is down, 502 BAD_GATEWAY for a broken exchange; never a 500. And a body that is not
 * JSON is a 400 VALIDATION_FAILED, as at the services.
 */
// before Boot's problem-details handler (spring.mvc.problemdetails.enabled), which answers without a code
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "org.marketplace.complaints.web.login")
class ServiceProblems {

    private static final Logger log = LoggerFactory.getLogger(ServiceProblems.class);

    @ExceptionHandler(RestClientException.class)
    ResponseEntity<ProblemDetail> queryServiceFailed(RestClientException failure) {
        log.warn("The query service could not check a caller: {}", failure.toString());
        if (BackendFailures.isUnreachable(failure)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                            "the query service is not available right now; try again shortly"));
        }
        return Problems.answer(HttpStatus.BAD_GATEWAY, "BAD_GATEWAY", "the query service did not answer properly");
    }

    /** A login body that is not JSON, as the services answer it. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException failure) {
        return Problems.answer(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "the body is not the JSON expected");
    }
}
