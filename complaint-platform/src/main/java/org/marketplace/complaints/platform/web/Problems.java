package org.marketplace.complaints.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem bodies with the stable code clients key on (api.md, "Errors"). */
public final class Problems {

    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String CODE = "code";
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(CODE, code);
        return problem;
    }

    public static ProblemDetail invalid(List<InvalidField> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, VALIDATION_FAILED, "the request is not valid");
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    public static ProblemDetail invalid(String field, String message) {
        return invalid(List.of(new InvalidField(field, message)));
    }

    /** A code for the problems Spring MVC itself answers (unknown path, wrong method…), from their status. */
    static String codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP_" + status.value() : known.name();
    }
}
