package org.marketplace.complaints.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.marketplace.complaints.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * The security filters' answers as problem+json, never a redirect or a login page: the app shows its own login page
 * on a 401, and tells a stale page (403 CSRF_TOKEN_INVALID) from a refusal.
 */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> Problems.write(response, json,
                Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "sign in first"));
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> Problems.write(response, json, denied instanceof CsrfException
                ? Problems.of(HttpStatus.FORBIDDEN, "CSRF_TOKEN_INVALID",
                        "the X-XSRF-TOKEN header must repeat the XSRF-TOKEN cookie")
                : Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "not allowed"));
    }
}
