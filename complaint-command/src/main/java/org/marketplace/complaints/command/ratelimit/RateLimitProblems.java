package org.marketplace.complaints.command.ratelimit;

import org.marketplace.complaints.platform.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 429 RATE_LIMITED with Retry-After; an advice of its own (before the platform's catch-all) to set the header. */
@RestControllerAdvice
@Order(0)
class RateLimitProblems {

    static final String CODE = "RATE_LIMITED";

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> limited(RateLimitedException limited) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, CODE, limited.getMessage());
        problem.setProperty("limit", limited.limit().name());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds())).body(problem);
    }
}
