package org.marketplace.complaints.command.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Hashes events as they were just stored: reads the rows back (inside the appending transaction, on its
 * connection), so the hash covers exactly the stored bytes that the audit will later recompute. Each hash is
 * sealed with the active key and records that key's id; the chain runs on across rotations and across the
 * legacy unkeyed hashes, since the previous hash is taken as stored, whatever made it.
 */
class EventHashWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final ChainKeys keys;

    EventHashWriter(NamedParameterJdbcTemplate jdbc, ChainKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    void chain(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return;
        }
        List<StoredEvent> stored = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry "
                        + "WHERE eventIdentifier IN (:ids) ORDER BY aggregateIdentifier, sequenceNumber",
                Map.of("ids", eventIdentifiers), StoredEventRows::map);
        Map<String, String> lastHashOf = new HashMap<>();
        for (StoredEvent event : stored) {
            String previous = lastHashOf.computeIfAbsent(event.aggregateIdentifier(), id -> previousHash(event));
            ChainKeys.Seal seal = keys.seal(previous, event);
            jdbc.update("INSERT INTO event_hash (aggregate_identifier, sequence_number, global_index, "
                    + "event_identifier, hash, key_id) VALUES (:aggregate, :sequence, :global, :event, :hash, :key)",
                    Map.of("aggregate", event.aggregateIdentifier(), "sequence", event.sequenceNumber(),
                            "global", event.globalIndex(), "event", event.eventIdentifier(), "hash", seal.hash(),
                            "key", seal.keyId()));
            lastHashOf.put(event.aggregateIdentifier(), seal.hash());
        }
    }

    private String previousHash(StoredEvent event) {
        if (event.sequenceNumber() == 0) {
            return EventChain.GENESIS;
        }
        List<String> previous = jdbc.queryForList("SELECT hash FROM event_hash WHERE aggregate_identifier = "
                + ":aggregate AND sequence_number = :sequence", Map.of("aggregate", event.aggregateIdentifier(),
                "sequence", event.sequenceNumber() - 1), String.class);
        // an unhashed predecessor cannot be vouched for: chain from genesis, and the audit will flag it
        return previous.isEmpty() ? EventChain.GENESIS : previous.get(0);
    }
}
