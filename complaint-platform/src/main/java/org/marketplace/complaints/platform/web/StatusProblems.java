package org.marketplace.complaints.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem for an error that only a status explains: one the servlet container (Tomcat) or a filter raised
 * before any controller could say more. The detail is a fixed sentence per status, never the container's own
 * message, which may repeat parts of the request (a header, a path) back to the caller.
 */
public final class StatusProblems {

    private StatusProblems() {
    }

    public static ProblemDetail of(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || status < 400) {
            // a filter that answered an odd status still answers an error: never a 2xx body that says "error"
            known = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (known == HttpStatus.BAD_REQUEST) {
            // as RequestProblemHandler answers a bad request that names no field: the request as a whole
            return Problems.invalid(List.of(new InvalidField("request",
                    "the request is malformed (its line, path, headers or size)")));
        }
        if (known.is5xxServerError()) {
            return Problems.of(known, FallbackProblemHandler.INTERNAL_ERROR,
                    "the request could not be completed; quote the X-Correlation-Id when reporting it");
        }
        return Problems.of(known, Problems.codeFor(HttpStatusCode.valueOf(known.value())), known.getReasonPhrase());
    }
}
