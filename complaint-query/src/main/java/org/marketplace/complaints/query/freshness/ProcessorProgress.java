package org.marketplace.complaints.query.freshness;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * How far a processor has got over all its segments, whichever instance claims them (several query-service
 * instances share the segments, ops.balancing): a segment claimed here by its in-memory status, any other by
 * its row in the token table. Such a row is stored only at the end of a batch of that segment (or when the
 * claim is extended), so a segment with no events of its own would look behind for seconds: it counts as
 * having reached a position when no event after its stored token up to that position belongs to it.
 */
public final class ProcessorProgress {

    private final List<SegmentProgress> segments;
    private final Collection<EventTrackerStatus> local;
    private final SegmentEvents events;

    ProcessorProgress(List<SegmentProgress> segments, Map<Integer, EventTrackerStatus> local, SegmentEvents events) {
        this.segments = segments;
        this.local = local.values();
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
        if (allClaimedHere()) {
            // the statuses alone, which tell nothing until they cover every segment (no segment known: nothing)
            return ProcessedPosition.reached(local, position);
        }
        SegmentEvents.Reader reader = events.reader();
        for (SegmentProgress segment : segments) {
            if (settled.contains(segment.id())) {
                continue;
            }
            boolean passed = segment.claimedHere() ? ProcessedPosition.passed(segment.status(), position)
                    : storedPassed(segment, position, reader);
            if (!passed) {
                return false;
            }
            settled.add(segment.id());
        }
        return true;
    }

    /** The lowest position over the segments, -1 while some segment has processed nothing (or none is known). */
    public long lowest() {
        if (allClaimedHere()) {
            return ProcessedPosition.lowest(local);
        }
        return segments.stream().mapToLong(SegmentProgress::position).min().orElse(-1);
    }

    /** Whether this instance claims every segment known, so that its statuses say all there is to say. */
    private boolean allClaimedHere() {
        return segments.stream().allMatch(SegmentProgress::claimedHere);
    }

    /**
     * The lowest position over the segments counting each as at {@code head} when none of the events after its
     * position up to the head is its own: what an operator's lag is measured from, 0 on a quiet cluster.
     */
    public long lowestTowards(long head) {
        SegmentEvents.Reader reader = events.reader();
        return segments.stream().mapToLong(segment -> {
            long at = segment.position();
            boolean idle = at < head && !segment.claimedHere() && !reader.anyFor(segment.segment(), at, head);
            return idle ? head : at;
        }).min().orElse(-1);
    }

    /** Whether one of the segments claimed here failed and is retrying. */
    public boolean errorHere() {
        return local.stream().anyMatch(EventTrackerStatus::isErrorState);
    }

    public Collection<EventTrackerStatus> local() {
        return local;
    }

    /**
     * A stored token at or past the position has it, unless the position is one of its gaps (committed late) and
     * the event there is the segment's; one before it has it when no event in between is the segment's.
     */
    private static boolean storedPassed(SegmentProgress segment, long position, SegmentEvents.Reader reader) {
        long stored = segment.position();
        if (stored >= position) {
            boolean gap = WrappedToken.unwrap(segment.stored().token(), GapAwareTrackingToken.class)
                    .map(token -> token.getGaps().contains(position)).orElse(false);
            return !gap || !reader.anyFor(segment.segment(), position - 1, position);
        }
        return !reader.anyFor(segment.segment(), stored, position);
    }
}
