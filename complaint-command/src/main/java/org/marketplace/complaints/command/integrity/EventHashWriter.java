package org.marketplace.complaints.command.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Hashes events as they were just stored: reads the rows back (inside the appending transaction, on its
 * connection), so the hash covers exactly the stored bytes that the audit will later recompute. Each hash is
 * sealed with the active key and records that key's id; the chain runs on across rotations and across the
 * legacy unkeyed hashes, since the previous hash is taken as stored, whatever made it.
 * <p>
 * Two round trips whatever the number of events: one query reads the rows together with the stored hash of each
 * one's predecessor, one batch inserts the hashes. The append guard (or, within one instance, Axon's aggregate
 * lock) keeps other writers of these complaints out until commit, so the predecessor read here stays the last.
 */
class EventHashWriter {

    private static final String STORED_WITH_PREVIOUS_HASH = "SELECT " + prefixed(StoredEvent.COLUMNS)
            + ", h.hash AS previous_hash FROM DomainEventEntry e LEFT JOIN event_hash h "
            + "ON h.aggregate_identifier = e.aggregateIdentifier AND h.sequence_number = e.sequenceNumber - 1 "
            + "WHERE e.eventIdentifier IN (:ids) ORDER BY e.aggregateIdentifier, e.sequenceNumber";
    private static final String INSERT = "INSERT INTO event_hash (aggregate_identifier, sequence_number, "
            + "global_index, event_identifier, hash, key_id) VALUES (:aggregate, :sequence, :global, :event, :hash, :key)";

    private final NamedParameterJdbcTemplate jdbc;
    private final ChainKeys keys;

    EventHashWriter(NamedParameterJdbcTemplate jdbc, ChainKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Returns the highest global position among the events, or -1 if there were none. */
    long chain(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return -1;
        }
        List<Hashable> stored = jdbc.query(STORED_WITH_PREVIOUS_HASH, Map.of("ids", eventIdentifiers),
                (rs, row) -> new Hashable(StoredEventRows.map(rs, row), rs.getString("previous_hash")));
        Map<String, String> lastHashOf = new HashMap<>();
        long highest = -1;
        List<MapSqlParameterSource> rows = new ArrayList<>(stored.size());
        for (Hashable hashable : stored) {
            StoredEvent event = hashable.event();
            // the first of a complaint's events here chains to the stored hash, the next ones to the one before
            String previous = lastHashOf.computeIfAbsent(event.aggregateIdentifier(), id -> hashable.previous());
            ChainKeys.Seal seal = keys.seal(previous, event);
            rows.add(new MapSqlParameterSource().addValue("aggregate", event.aggregateIdentifier())
                    .addValue("sequence", event.sequenceNumber()).addValue("global", event.globalIndex())
                    .addValue("event", event.eventIdentifier()).addValue("hash", seal.hash())
                    .addValue("key", seal.keyId()));
            lastHashOf.put(event.aggregateIdentifier(), seal.hash());
            highest = Math.max(highest, event.globalIndex());
        }
        jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
        return highest;
    }

    /** The column list with each column taken from DomainEventEntry (aliased e), so the join cannot blur them. */
    private static String prefixed(String columns) {
        return "e." + columns.replace(", ", ", e.");
    }

    private record Hashable(StoredEvent event, String storedPreviousHash) {

        String previous() {
            if (event.sequenceNumber() == 0) {
                return EventChain.GENESIS;
            }
            // an unhashed predecessor cannot be vouched for: chain from genesis, and the audit will flag it
            return storedPreviousHash == null ? EventChain.GENESIS : storedPreviousHash;
        }
    }
}
