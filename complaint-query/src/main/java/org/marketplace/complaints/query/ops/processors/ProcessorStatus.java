package org.marketplace.complaints.query.ops.processors;

import java.time.Instant;
import org.marketplace.complaints.query.readmodel.tables.TableSet;

/**
 * One event processor as an operator sees it (GET /api/ops/processors). position: the lowest position over its
 * segments, null while not all of them are claimed here; lag: events behind the head; progress: 0..1 of a
 * replay or rebuild, null when none runs; activeTables: the table set its queries read (null for a processor
 * without a read model); rebuild: set while a rebuild fills the other set. Axon ends a replay at the first event
 * after the position it was reset at: until one arrives, replaying stays true (with progress 1) at lag 0.
 */
public record ProcessorStatus(String name, ProcessorState state, Long position, long head, Long lag,
                              boolean replaying, Double progress, Segments segments, TableSet activeTables,
                              Rebuild rebuild) {

    /** Segments this instance has claimed, of all the processor's segments in the token store. */
    public record Segments(int claimed, int total) {
    }

    /** A rebuild into {@code into}, complete once the processor passed {@code targetPosition}. */
    public record Rebuild(TableSet into, long targetPosition, Instant startedAt) {
    }
}
