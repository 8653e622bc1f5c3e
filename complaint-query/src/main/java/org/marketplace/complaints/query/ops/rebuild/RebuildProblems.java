package org.marketplace.complaints.query.ops.rebuild;

import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * 404 PROCESSOR_NOT_FOUND (the dead-letter endpoints' code for the same mistake), 409 REBUILD_IN_PROGRESS (also
 * while another instance prepares one) and 503 REBUILD_BLOCKED (other instances did not let go of the segments).
 */
@Component
class RebuildProblems implements ProblemTranslator {

    @Override
    public ProblemDetail translate(Throwable failure) {
        if (failure instanceof UnknownReadModelException) {
            return Problems.of(HttpStatus.NOT_FOUND, "PROCESSOR_NOT_FOUND", failure.getMessage());
        }
        if (failure instanceof RebuildInProgressException) {
            return Problems.of(HttpStatus.CONFLICT, "REBUILD_IN_PROGRESS", failure.getMessage());
        }
        if (failure instanceof RebuildBlockedException blocked) {
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "REBUILD_BLOCKED", failure.getMessage());
            problem.setProperty("claimedBy", blocked.holders());
            return problem;
        }
        return null;
    }
}
