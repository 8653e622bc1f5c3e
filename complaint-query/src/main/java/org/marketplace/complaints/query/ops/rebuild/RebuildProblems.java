package org.marketplace.complaints.query.ops.rebuild;

import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** 409 REBUILD_IN_PROGRESS (an unknown read model is ops.processors.ProcessorProblems' 404). */
@Component
class RebuildProblems implements ProblemTranslator {

    @Override
    public ProblemDetail translate(Throwable failure) {
        return failure instanceof RebuildInProgressException
                ? Problems.of(HttpStatus.CONFLICT, "REBUILD_IN_PROGRESS", failure.getMessage())
                : null;
    }
}
