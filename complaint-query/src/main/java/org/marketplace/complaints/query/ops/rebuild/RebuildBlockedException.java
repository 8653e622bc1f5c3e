package org.marketplace.complaints.query.ops.rebuild;

import java.time.Duration;
import java.util.List;

/**
 * Other instances kept claiming segments of the processor past the bound, so its tokens could not be reset:
 * answered 503 REBUILD_BLOCKED; nothing was changed and the processors run again. Asking again is safe.
 */
public class RebuildBlockedException extends RuntimeException {

    private final List<String> holders;

    public RebuildBlockedException(String processor, List<String> holders, Duration waited) {
        super("the rebuild of '" + processor + "' did not start: other instances " + holders
                + " still claimed its segments after " + waited.toSeconds() + " s; try again");
        this.holders = List.copyOf(holders);
    }

    public List<String> holders() {
        return holders;
    }
}
