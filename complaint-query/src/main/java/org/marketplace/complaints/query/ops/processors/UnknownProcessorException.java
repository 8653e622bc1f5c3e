package org.marketplace.complaints.query.ops.processors;

/**
 * No event processor of that name with what an operation needs (a dead-letter queue, a read model to rebuild):
 * answered 404 PROCESSOR_NOT_FOUND.
 */
public class UnknownProcessorException extends RuntimeException {

    /** {@code with}: what the operation looked for, as "a dead-letter queue". */
    public UnknownProcessorException(String processor, String with) {
        super("no event processor '" + processor + "' with " + with);
    }
}
