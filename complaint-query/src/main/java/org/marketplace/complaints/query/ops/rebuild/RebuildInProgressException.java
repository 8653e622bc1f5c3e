package org.marketplace.complaints.query.ops.rebuild;

import java.util.List;

/** The read model is being rebuilt already, or its last rebuild is still being handed over: 409 REBUILD_IN_PROGRESS. */
public class RebuildInProgressException extends RuntimeException {

    public RebuildInProgressException(String readModel) {
        super("the read model '" + readModel + "' is being rebuilt already");
    }

    /** {@code claimedBy}: the instances whose processor of the inactive tables has not let go of them yet. */
    public RebuildInProgressException(String readModel, List<String> claimedBy) {
        super("the last rebuild of the read model '" + readModel + "' is still being handed over: " + claimedBy
                + " still process its other tables; ask again in a few seconds");
    }
}
