package org.marketplace.complaints.query.ops.deadletters;

import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** A retry of a processor that does not exist (or keeps no dead letters): 404 PROCESSOR_NOT_FOUND. */
@Component
class DeadLetterProblems implements ProblemTranslator {

    @Override
    public ProblemDetail translate(Throwable failure) {
        return failure instanceof UnknownProcessorException
                ? Problems.of(HttpStatus.NOT_FOUND, "PROCESSOR_NOT_FOUND", failure.getMessage())
                : null;
    }
}
