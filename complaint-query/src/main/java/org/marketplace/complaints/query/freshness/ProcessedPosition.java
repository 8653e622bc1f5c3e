package org.marketplace.complaints.query.freshness;

import java.util.Collection;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Whether a streaming processor has processed a global position, from its segments' in-memory statuses.
 * Every segment must be at or past it: an event belongs to one segment, but a client that wrote to two
 * complaints passes only its last position. A segment that owns none of the events still advances: a pooled
 * work package moves its status past every event it is offered, storing the token only later. Segments that
 * another instance claims have no status here: {@link ProcessorProgress} adds them from the token table.
 */
public final class ProcessedPosition {

    /** The segment space as fractions of 2^31: a segment with mask m covers 2^31 / (m + 1) of it. */
    private static final long WHOLE = 1L << 31;

    private ProcessedPosition() {
    }

    public static boolean reached(Collection<EventTrackerStatus> segments, long position) {
        return coversAllSegments(segments) && segments.stream().allMatch(segment -> passed(segment, position));
    }

    /** The lowest position every segment has reached, -1 while some segment is unclaimed. */
    public static long lowest(Collection<EventTrackerStatus> segments) {
        if (!coversAllSegments(segments)) {
            return -1;
        }
        return segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }

    /**
     * Segments not claimed by this instance (not yet, or by another instance) have no status here: until all
     * are, the statuses alone tell nothing (see {@link ProcessorProgress} for the whole processor).
     */
    public static boolean coversAllSegments(Collection<EventTrackerStatus> segments) {
        long covered = segments.stream().mapToLong(s -> WHOLE / (s.getSegment().getMask() + 1L)).sum();
        return covered >= WHOLE;
    }

    /**
     * The token's index is the highest position seen; a slower transaction may still commit an event below it
     * (a gap). The client's own event is committed, so it is processed unless it is such a gap.
     */
    static boolean passed(EventTrackerStatus segment, long position) {
        if (segment.getCurrentPosition().orElse(-1) < position) {
            return false;
        }
        return WrappedToken.unwrap(segment.getTrackingToken(), GapAwareTrackingToken.class)
                .map(token -> !token.getGaps().contains(position))
                .orElse(true);
    }
}
