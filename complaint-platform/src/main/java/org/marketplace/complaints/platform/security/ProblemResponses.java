package org.marketplace.complaints.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * 401 and 403 are answered by the security filters, before any controller: written here as the same
 * problem+json the controllers answer, so that a client parses every error alike. The 401 challenges name the
 * ways in that are switched on (Basic with the demo accounts, Bearer with a JWT issuer).
 */
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String REALM = "realm=\"complaints\"";

    private final ObjectMapper json;
    private final boolean basic;
    private final boolean bearer;

    /**
     * @param bearer also when neither is on: with the demo accounts off, a bearer token is the only way in
     *               that an operator can configure, so that is the challenge a client should see
     */
    ProblemResponses(ObjectMapper json, boolean basic, boolean bearer) {
        this.json = json;
        this.basic = basic;
        this.bearer = bearer || !basic;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            challenges(failure).forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
            write(response, unauthenticatedProblem());
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(response, forbiddenProblem());
    }

    /**
     * A token that could not be checked because the identity provider's keys could not be fetched is no proof of
     * a bad token: 503, so that the client retries and the operator's alert is about the provider. Spring would
     * rethrow it into a 500.
     */
    AuthenticationFailureHandler bearerFailures() {
        AuthenticationEntryPoint unauthenticated = unauthenticated();
        return (request, response, failure) -> {
            if (failure instanceof AuthenticationServiceException) {
                // one line per request while the provider is down; the stack trace only when asked for
                log.warn("A bearer token could not be checked: {}", failure.getMessage());
                log.debug("Bearer token check failed", failure);
                write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "AUTHENTICATION_UNAVAILABLE",
                        "the credentials could not be checked right now; try again later"));
            } else {
                unauthenticated.commence(request, response, failure);
            }
        };
    }

    /**
     * The same answers when a controller meets the caller's failure, e.g. Principals finding no role: without
     * this the fallback handler would turn it into a 500.
     */
    static ProblemTranslator translator() {
        return failure -> {
            if (failure instanceof AccessDeniedException) {
                return forbiddenProblem();
            }
            if (failure instanceof AuthenticationException) {
                return unauthenticatedProblem();
            }
            return null;
        };
    }

    private List<String> challenges(AuthenticationException failure) {
        List<String> challenges = new ArrayList<>();
        if (basic) {
            challenges.add("Basic " + REALM);
        }
        if (bearer) {
            // RFC 6750: the error code only (invalid_token…); why it was refused stays in the debug log
            challenges.add(failure instanceof OAuth2AuthenticationException refused
                    ? "Bearer " + REALM + ", error=\"" + refused.getError().getErrorCode() + "\""
                    : "Bearer " + REALM);
        }
        return challenges;
    }

    private static ProblemDetail unauthenticatedProblem() {
        return Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "valid credentials are required");
    }

    private static ProblemDetail forbiddenProblem() {
        return Problems.of(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED", "your role may not call this endpoint");
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
