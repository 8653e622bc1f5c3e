package org.marketplace.complaints.query.freshness;

import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * How far a processor has got over all its segments, whichever instance claims them (several query-service
 * instances share the segments, ops.balancing), by their rows in the token table. A segment stores its token at
 * the end of each of its batches; one with no events of its own stores it only when its claim is extended, so it
 * would look behind for seconds: it counts as having reached a position when no event after its stored token up
 * to that position belongs to it. A client that wrote to two complaints passes only its last position, so every
 * segment must have reached it, not only that of the client's complaint.
 */
public final class ProcessorProgress {

    private final List<SegmentProgress> segments;
    private final SegmentEvents events;

    ProcessorProgress(List<SegmentProgress> segments, SegmentEvents events) {
        this.segments = segments;
        this.events = events;
    }

    public List<SegmentProgress> segments() {
        return segments;
    }

    /** Whether the processor has segments at all (a processor that never started has no token rows). */
    public boolean known() {
        return !segments.isEmpty();
    }

    /**
     * Whether every segment has processed {@code position}. {@code settled}: the segments known to have got there
     * by an earlier call of the same wait, which are not asked again (positions only grow); this adds to it.
     */
    public boolean reached(long position, Set<Integer> settled) {
        if (!known()) {
            return false;
        }
        SegmentEvents.Reader reader = events.reader();
        for (SegmentProgress segment : segments) {
            if (!settled.contains(segment.id()) && !passed(segment, position, reader)) {
                return false;
            }
            settled.add(segment.id());
        }
        return true;
    }

    /** The lowest position over the segments, -1 while some segment has processed nothing (or none is known). */
    public long lowest() {
        return segments.stream().mapToLong(SegmentProgress::position).min().orElse(-1);
    }

    /**
     * The lowest position over the segments counting each as at {@code head} when none of the events after its
     * position up to the head is its own: what an operator's lag is measured from, 0 on a quiet cluster.
     */
    public long lowestTowards(long head) {
        SegmentEvents.Reader reader = events.reader();
        return segments.stream().mapToLong(segment -> {
            long at = segment.position();
            return at < head && !reader.anyFor(segment.segment(), at, head) ? head : at;
        }).min().orElse(-1);
    }

    /**
     * A stored token at or past the position has it, unless the position is one of its gaps (an event a slower
     * transaction committed below the token's index) and the event there is the segment's; one before it has it
     * when no event in between is the segment's.
     */
    private static boolean passed(SegmentProgress segment, long position, SegmentEvents.Reader reader) {
        long stored = segment.position();
        if (stored >= position) {
            boolean gap = WrappedToken.unwrap(segment.stored().token(), GapAwareTrackingToken.class)
                    .map(token -> token.getGaps().contains(position)).orElse(false);
            return !gap || !reader.anyFor(segment.segment(), position - 1, position);
        }
        return !reader.anyFor(segment.segment(), stored, position);
    }
}
