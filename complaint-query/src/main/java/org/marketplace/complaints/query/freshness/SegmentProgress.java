package org.marketplace.complaints.query.freshness;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.marketplace.complaints.query.tokens.StoredToken;

/**
 * One segment of a processor across the instances: its status when this instance claims it (null otherwise),
 * its token table row (null for a processor without token rows), and the live owner, whichever instance it is.
 */
public record SegmentProgress(Segment segment, EventTrackerStatus status, StoredToken stored, String owner) {

    public int id() {
        return segment.getSegmentId();
    }

    public boolean claimedHere() {
        return status != null;
    }

    /**
     * How far it has got, -1 for not at all: the in-memory status where it is claimed here (the token table lags
     * behind it), the stored token elsewhere.
     */
    public long position() {
        if (status != null) {
            return status.getCurrentPosition().orElse(-1);
        }
        return stored == null ? -1 : stored.position();
    }
}
