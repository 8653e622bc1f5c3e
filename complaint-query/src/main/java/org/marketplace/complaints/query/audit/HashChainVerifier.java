package org.marketplace.complaints.query.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Recomputes each stored event's hash from its stored columns and the previous event's hash, and compares it
 * with the hash written when the event was appended. An edited event, a removed one (a gap in the sequence, or
 * a hash without its event) or one that never got a hash is the first mismatch.
 */
@Component
class HashChainVerifier {

    private final JdbcTemplate jdbc;
    private final StoredEvents store;
    private final StreamedQuery streamed;

    HashChainVerifier(JdbcTemplate jdbc, StoredEvents store, StreamedQuery streamed) {
        this.jdbc = jdbc;
        this.store = store;
        this.streamed = streamed;
    }

    ChainVerification complaint(String complaintId) {
        List<StoredEvent> events = store.ofComplaint(complaintId);
        if (events.isEmpty()) {
            throw new AuditNotFoundException("no complaint " + complaintId);
        }
        Map<Long, String> hashes = storedHashes(complaintId);
        String previous = EventChain.GENESIS;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i);
            String problem = event.sequenceNumber() != i ? "an event before it is missing"
                    : !EventChain.hash(previous, event).equals(hashes.get(event.sequenceNumber()))
                    ? "its stored form does not match its hash" : null;
            if (problem != null) {
                return ChainVerification.breaksAt(i + 1L, mismatch(event, problem));
            }
            previous = hashes.get(event.sequenceNumber());
        }
        return hashes.size() > events.size() ? ChainVerification.breaksAt(events.size(), removedTail(complaintId,
                events.size())) : ChainVerification.holds(events.size());
    }

    /** A range of the global stream: each event against its own hash and its predecessor's stored hash. */
    ChainVerification range(long fromPosition, long toPosition) {
        AtomicLong checked = new AtomicLong();
        AtomicReference<ChainVerification.Mismatch> first = new AtomicReference<>();
        streamed.stream("SELECT " + prefixed() + ", h.hash AS own, p.hash AS previous FROM DomainEventEntry e "
                + "LEFT JOIN event_hash h ON h.aggregate_identifier = e.aggregateIdentifier "
                + "AND h.sequence_number = e.sequenceNumber LEFT JOIN event_hash p ON p.aggregate_identifier = "
                + "e.aggregateIdentifier AND p.sequence_number = e.sequenceNumber - 1 "
                + "WHERE e.globalIndex BETWEEN ? AND ? ORDER BY e.globalIndex", new Object[]{fromPosition, toPosition}, rs -> {
            if (first.get() != null) {
                return;
            }
            StoredEvent event = StoredEventRows.map(rs, 0);
            checked.incrementAndGet();
            String previous = event.sequenceNumber() == 0 ? EventChain.GENESIS : rs.getString("previous");
            if (previous == null || !EventChain.hash(previous, event).equals(rs.getString("own"))) {
                first.set(mismatch(event, "its stored form does not match its hash"));
            }
        });
        return first.get() == null ? ChainVerification.holds(checked.get())
                : ChainVerification.breaksAt(checked.get(), first.get());
    }

    private Map<Long, String> storedHashes(String complaintId) {
        Map<Long, String> hashes = new java.util.HashMap<>();
        jdbc.query("SELECT sequence_number, hash FROM event_hash WHERE aggregate_identifier = ?",
                (RowCallbackHandler) rs -> hashes.put(rs.getLong(1), rs.getString(2)), complaintId);
        return hashes;
    }

    private ChainVerification.Mismatch removedTail(String complaintId, long sequence) {
        Long position = jdbc.queryForObject("SELECT global_index FROM event_hash WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, complaintId, sequence);
        return new ChainVerification.Mismatch(complaintId, sequence, position == null ? -1 : position,
                "the event was removed");
    }

    private static ChainVerification.Mismatch mismatch(StoredEvent event, String problem) {
        return new ChainVerification.Mismatch(event.aggregateIdentifier(), event.sequenceNumber(),
                event.globalIndex(), problem);
    }

    private static String prefixed() {
        return "e." + StoredEvent.COLUMNS.replace(", ", ", e.");
    }
}
