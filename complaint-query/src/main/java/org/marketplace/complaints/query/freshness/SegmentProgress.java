package org.marketplace.complaints.query.freshness;

import org.axonframework.eventhandling.Segment;
import org.marketplace.complaints.query.tokens.StoredToken;

/**
 * One segment of a processor across the instances: its token table row and the instance holding a live claim on
 * it (null while none does), whichever instance that is.
 */
public record SegmentProgress(Segment segment, StoredToken stored, String owner) {

    public int id() {
        return segment.getSegmentId();
    }

    /** How far it has got by its stored token, -1 for not at all. */
    public long position() {
        return stored.position();
    }
}
