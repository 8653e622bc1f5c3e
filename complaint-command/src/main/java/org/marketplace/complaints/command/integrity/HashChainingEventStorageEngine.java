package org.marketplace.complaints.command.integrity;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event store, plus the tamper-evidence chain: right after the events are appended, in the same
 * transaction, each gets its hash (see EventChain). Both commit together or neither does. Before the append, the
 * guard refuses a write that another writer has overtaken, so such a clash costs no global position. The positions
 * the rows got (read back for the hashes anyway) go to the command's sender (AppendedPositions).
 * <p>
 * No snapshots: a complaint's history is a few dozen events at most, and nothing is configured to take snapshots,
 * yet Axon asks the snapshot table before every load, one query per command that always comes back empty. Reads
 * skip it, and a snapshot is refused rather than stored where no read would ever look.
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

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        throw new UnsupportedOperationException("this event store does not read snapshots; enable reading them "
                + "(HashChainingEventStorageEngine.readSnapshotData) before taking any");
    }
}
