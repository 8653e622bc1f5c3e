package org.marketplace.complaints.query.ops.processors;

import java.time.Instant;
import java.util.List;
import org.marketplace.complaints.query.readmodel.tables.TableSet;

/**
 * A read model's live processor as an operator sees it (GET /api/ops/processors), over all the instances sharing
 * its segments. position: the lowest position over its segments (a segment with none of the newer events counts
 * as at the head), null for a processor without segments yet; lag: events behind the head; progress: 0..1 of a
 * rebuild, null when none runs; segments: who claims each segment and how far it has got;
 * instances: the instances claiming a segment of it; thisInstance: the instance answering; activeTables: the
 * table set its queries read (null for a processor without a read model); rebuild: set while a rebuild fills
 * the other set. state is this instance's processor. replaying: a rebuild runs, until its tables are switched to.
 */
public record ProcessorStatus(String name, ProcessorState state, Long position, long head, Long lag,
                              boolean replaying, Double progress, Segments segments, List<String> instances,
                              ThisInstance thisInstance, TableSet activeTables, Rebuild rebuild) {

    /**
     * claimed: segments some live instance claims, of all the processor's segments in the token store (total);
     * bySegment: each of them.
     */
    public record Segments(int claimed, int total, List<SegmentClaim> bySegment) {
    }

    /**
     * A segment: the instance claiming it (null while none does), its position (the token stored in the token
     * table, as of its last batch; null before its first event), whether the answering instance claims it.
     */
    public record SegmentClaim(int segment, String owner, Long position, boolean claimedHere) {
    }

    /** The answering instance: its node id, the segments it claims, the events it handled since it started. */
    public record ThisInstance(String nodeId, int claimedSegments, long eventsHandled) {
    }

    /** A rebuild into {@code into}, complete once the processor passed {@code targetPosition}. */
    public record Rebuild(TableSet into, long targetPosition, Instant startedAt) {
    }
}
