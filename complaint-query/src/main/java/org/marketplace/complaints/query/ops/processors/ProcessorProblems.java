package org.marketplace.complaints.query.ops.processors;

import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** An operation on a processor that does not exist (or lacks what it needs): 404 PROCESSOR_NOT_FOUND. */
@Component
class ProcessorProblems implements ProblemTranslator {

    @Override
    public ProblemDetail translate(Throwable failure) {
        return failure instanceof UnknownProcessorException
                ? Problems.of(HttpStatus.NOT_FOUND, "PROCESSOR_NOT_FOUND", failure.getMessage())
                : null;
    }
}
