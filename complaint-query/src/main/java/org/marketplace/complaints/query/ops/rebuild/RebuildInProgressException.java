package org.marketplace.complaints.query.ops.rebuild;

/** The read model is being rebuilt already: answered 409 REBUILD_IN_PROGRESS. */
public class RebuildInProgressException extends RuntimeException {

    public RebuildInProgressException(String processor) {
        super("the read model of '" + processor + "' is being rebuilt already");
    }
}
