package org.marketplace.complaints.query.ops.rebuild;

/** No event processor of that name, or none with a read model to rebuild: answered 404 PROCESSOR_NOT_FOUND. */
public class UnknownReadModelException extends RuntimeException {

    public UnknownReadModelException(String processor) {
        super("no event processor '" + processor + "' with a read model to rebuild");
    }
}
