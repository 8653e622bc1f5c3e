package org.marketplace.complaints.query.ops.rebuild;

import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * 404 PROCESSOR_NOT_FOUND (the dead-letter endpoints' code for the same mistake) and 409 REBUILD_IN_PROGRESS.
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
        return null;
    }
}
