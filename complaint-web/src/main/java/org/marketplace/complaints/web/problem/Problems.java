package org.marketplace.complaints.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * RFC 9457 problem bodies with the stable {@code code} the services use too, so that the app parses an error of this
 * front door exactly like one of the services behind it.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    /**
     * The problem for an error only its status explains (Tomcat's, a filter's, Spring MVC's own): the code is the
     * status's name, as at the services; a 400 is VALIDATION_FAILED, a 5xx INTERNAL_ERROR. A fixed detail: the
     * container's own message may quote the request back.
     */
    public static ProblemDetail forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || status < 400) {
            known = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (known == HttpStatus.BAD_REQUEST) {
            return of(known, "VALIDATION_FAILED", "the request is malformed (its line, path, headers or body)");
        }
        return known.is5xxServerError() ? of(known, "INTERNAL_ERROR", "the request could not be completed")
                : of(known, known.name(), known.getReasonPhrase());
    }

    public static ResponseEntity<ProblemDetail> answer(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(status, code, detail));
    }

    /** For the security filters, which answer before any controller or message converter. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
