package org.marketplace.complaints.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 are answered by the security filters, before any controller: written here as the same
 * problem+json the controllers answer, so that a client parses every error alike.
 */
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"complaints\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "valid credentials are required"));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> write(response,
                Problems.of(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED", "your role may not call this endpoint"));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
