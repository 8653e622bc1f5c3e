package org.marketplace.complaints.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.marketplace.complaints.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * What Spring Security's firewall refuses (an encoded "/" or "." in the path, "//", ";") is bad input, 400
 * VALIDATION_FAILED, as at the services; a method it does not let through at all (TRACE) is 405. Spring's
 * default rethrows into Tomcat, whose answer is not problem+json. Spring Security takes this bean from the context.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    /** StrictHttpFirewall's default: every other method is refused before any filter runs. */
    private static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ObjectMapper json;

    RejectedRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        Problems.write(response, json, FIREWALL_METHODS.contains(request.getMethod())
                ? Problems.forStatus(HttpStatus.BAD_REQUEST.value())
                : Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "no endpoint takes this method"));
    }
}
