package org.marketplace.complaints.command.integrity;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event store, plus the tamper-evidence chain: right after the events are appended, in the same
 * transaction, each gets its hash (see EventChain). Both commit together or neither does.
 */
class HashChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final EventHashWriter hashes;

    HashChainingEventStorageEngine(Builder builder, EventHashWriter hashes) {
        super(builder);
        this.hashes = hashes;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events, serializer);
        hashes.chain(events.stream().map(EventMessage::getIdentifier).toList());
    }
}
