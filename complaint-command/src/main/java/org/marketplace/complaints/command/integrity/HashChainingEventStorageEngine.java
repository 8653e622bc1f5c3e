package org.marketplace.complaints.command.integrity;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event store, plus the tamper-evidence chain: right after the events are appended, in the same
 * transaction, each gets its hash (see EventChain). Both commit together or neither does. Before the append, the
 * guard refuses a write that another writer has overtaken, so such a clash costs no global position. The positions
 * the rows got (read back for the hashes anyway) go to the command's sender (AppendedPositions).
 */
class HashChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final AppendGuard guard;
    private final EventHashWriter hashes;
    private final AppendedPositions positions;

    HashChainingEventStorageEngine(Builder builder, AppendGuard guard, EventHashWriter hashes,
                                   AppendedPositions positions) {
        super(builder);
        this.guard = guard;
        this.hashes = hashes;
        this.positions = positions;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        guard.check(events);
        super.appendEvents(events, serializer);
        long last = hashes.chain(events.stream().map(EventMessage::getIdentifier).toList());
        if (last >= 0) {
            positions.appended(last);
        }
    }
}
