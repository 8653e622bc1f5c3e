package org.marketplace.complaints.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's firewall refuses (an encoded "/" or "." in the path, "//", a ";", a header with control
 * characters): bad input like any other, 400 VALIDATION_FAILED naming the request. Spring's default would
 * rethrow it into Tomcat, whose error page is not problem+json. A method the firewall does not let through at
 * all (TRACE, CONNECT, an invented one) is a method no endpoint takes: 405 with the path's Allow, as Spring MVC
 * answers the methods it knows. The reason stays in the debug log: it quotes the request.
 */
final class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    /** StrictHttpFirewall's default: every other method is refused before any filter runs. */
    private static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ObjectMapper json;
    private final UnservedRequests mappings;

    RejectedRequests(ObjectMapper json, UnservedRequests mappings) {
        this.json = json;
        this.mappings = mappings;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Request rejected by the firewall: {}", rejected.getMessage());
        ProblemDetail problem = problem();
        if (!FIREWALL_METHODS.contains(request.getMethod())) {
            problem = Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "no endpoint takes this method");
            Set<String> allowed = mappings.allowedMethods(request);
            if (!allowed.isEmpty()) {
                response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A firewalled request refuses a header only when it is read, which may be inside a controller. */
    static ProblemTranslator translator() {
        return failure -> failure instanceof RequestRejectedException ? problem() : null;
    }

    private static ProblemDetail problem() {
        return Problems.invalid("request", "the request's path or headers are not accepted");
    }
}
