package org.marketplace.complaints.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boot's /error page, where Tomcat forwards whatever failed outside Spring MVC (a filter's exception, a
 * sendError from a filter, a request the firewall refused): problem+json with a code, in place of Boot's
 * whitelabel page or its JSON map. Written straight to the response, not through content negotiation: an
 * Accept of text/html must not turn an error into a second error (406) or an HTML page. Each app registers it
 * as a bean with its own problems (it is the app's one ErrorController, so Boot's BasicErrorController backs off).
 */
@RestController
public class ErrorProblems implements ErrorController {

    private final ObjectMapper json;
    private final ProblemForStatus problems;

    public ErrorProblems(ObjectMapper json, ProblemForStatus problems) {
        this.json = json;
        this.problems = problems;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, /error is no resource of this service
        ProblemDetail problem = problems.of(status instanceof Integer code ? code : HttpStatus.NOT_FOUND.value());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
