package org.marketplace.complaints.query.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Recomputes each stored event's hash from its stored columns (the bytes in the table, not the payload as
 * upcasters present it to the rest of the audit) and the previous event's hash, with the key its stored hash
 * names, and compares. An edited event, a removed one (a gap in the sequence, or a hash without its event), one
 * that never got a hash, one sealed with a key not configured here, or an unkeyed hash after the chain was
 * keyed is the first mismatch.
 */
@Component
class HashChainVerifier {

    private final JdbcTemplate jdbc;
    private final StoredEvents store;
    private final StreamedQuery streamed;
    private final ChainKeys keys;

    HashChainVerifier(JdbcTemplate jdbc, StoredEvents store, StreamedQuery streamed, ChainKeys keys) {
        this.jdbc = jdbc;
        this.store = store;
        this.streamed = streamed;
        this.keys = keys;
    }

    ChainVerification complaint(String complaintId) {
        List<StoredEvent> events = store.ofComplaint(complaintId);
        if (events.isEmpty()) {
            throw new AuditNotFoundException("no complaint " + complaintId);
        }
        Map<Long, ChainKeys.Seal> seals = storedSeals(complaintId);
        ChainCheck check = newCheck();
        String previous = EventChain.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            ChainKeys.Seal seal = seals.getOrDefault(event.sequenceNumber(), new ChainKeys.Seal(null, null));
            boolean holds = event.sequenceNumber() != i ? check.missingBefore(event)
                    : check.accept(event, previous, seal.keyId(), seal.hash());
            if (!holds) {
                return ChainVerification.of(check);
            }
            previous = seal.hash();
        }
        if (seals.size() > events.size()) {
            check.broken(removedTail(complaintId, events.size()));
        }
        return ChainVerification.of(check);
    }

    /** A range of the global stream: each event against its own hash and its predecessor's stored hash. */
    ChainVerification range(long fromPosition, long toPosition) {
        ChainCheck check = newCheck();
        streamed.stream("SELECT " + prefixed() + ", h.hash AS own, h.key_id AS own_key, p.hash AS previous "
                + "FROM DomainEventEntry e LEFT JOIN event_hash h ON h.aggregate_identifier = e.aggregateIdentifier "
                + "AND h.sequence_number = e.sequenceNumber LEFT JOIN event_hash p ON p.aggregate_identifier = "
                + "e.aggregateIdentifier AND p.sequence_number = e.sequenceNumber - 1 "
                + "WHERE e.globalIndex BETWEEN ? AND ? ORDER BY e.globalIndex", new Object[]{fromPosition, toPosition}, rs -> {
            if (check.firstMismatch() != null) {
                return;
            }
            StoredEvent event = StoredEventRows.map(rs, 0);
            String previous = event.sequenceNumber() == 0 ? EventChain.GENESIS : rs.getString("previous");
            // a predecessor without a hash (removed with its event, or never hashed) cannot vouch for this one
            check.accept(event, previous == null ? "" : previous, rs.getString("own_key"), rs.getString("own"));
        });
        return ChainVerification.of(check);
    }

    /** Where keyed hashing began: unkeyed hashes are the legacy format only before it. */
    private ChainCheck newCheck() {
        Long firstKeyed = jdbc.queryForObject("SELECT MIN(global_index) FROM event_hash WHERE key_id IS NOT NULL",
                Long.class);
        return new ChainCheck(keys, firstKeyed == null ? Long.MAX_VALUE : firstKeyed);
    }

    private Map<Long, ChainKeys.Seal> storedSeals(String complaintId) {
        Map<Long, ChainKeys.Seal> seals = new HashMap<>();
        jdbc.query("SELECT sequence_number, hash, key_id FROM event_hash WHERE aggregate_identifier = ?",
                (RowCallbackHandler) rs -> seals.put(rs.getLong(1), new ChainKeys.Seal(rs.getString(3),
                        rs.getString(2))), complaintId);
        return seals;
    }

    private ChainVerification.Mismatch removedTail(String complaintId, long sequence) {
        List<Long> position = jdbc.queryForList("SELECT global_index FROM event_hash WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, complaintId, sequence);
        return new ChainVerification.Mismatch(complaintId, sequence, position.isEmpty() ? -1 : position.get(0),
                "the event was removed");
    }

    private static String prefixed() {
        return "e." + StoredEvent.COLUMNS.replace(", ", ", e.");
    }
}
