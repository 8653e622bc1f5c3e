package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** 404 COMPLAINT_NOT_FOUND, with the same words whether the complaint is missing or someone else's. */
@Component
class ComplaintNotFoundProblem implements ProblemTranslator {

    @Override
    public ProblemDetail translate(Throwable failure) {
        return failure instanceof ComplaintNotFoundException
                ? Problems.of(HttpStatus.NOT_FOUND, "COMPLAINT_NOT_FOUND", "no such complaint")
                : null;
    }
}
