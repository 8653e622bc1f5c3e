package org.marketplace.complaints.command.integrity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Hashes events as they were just stored: reads the rows back (inside the appending transaction, on its
 * connection), so the hash covers exactly the stored bytes that the audit will later recompute.
 */
class EventHashWriter {

    private final NamedParameterJdbcTemplate jdbc;

    EventHashWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
            String hash = EventChain.hash(previous, event);
            jdbc.update("INSERT INTO event_hash (aggregate_identifier, sequence_number, global_index, "
                    + "event_identifier, hash) VALUES (:aggregate, :sequence, :global, :event, :hash)", Map.of(
                    "aggregate", event.aggregateIdentifier(), "sequence", event.sequenceNumber(),
                    "global", event.globalIndex(), "event", event.eventIdentifier(), "hash", hash));
            lastHashOf.put(event.aggregateIdentifier(), hash);
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
