package org.marketplace.complaints.query.ops.deadletters;

/** No event processor of that name keeps dead letters: answered 404 PROCESSOR_NOT_FOUND. */
public class UnknownProcessorException extends RuntimeException {

    public UnknownProcessorException(String processor) {
        super("no event processor '" + processor + "' with a dead-letter queue");
    }
}
