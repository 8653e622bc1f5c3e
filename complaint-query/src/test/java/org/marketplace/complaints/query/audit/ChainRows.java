package org.marketplace.complaints.query.audit;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a complaint's event_hash rows as the command side's EventHashWriter does (sealed with a key, whose id
 * the row records), or as it did before the chain was keyed (unkeyed SHA-256, no key id).
 */
final class ChainRows {

    static final String K1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String K2 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
    /** A key the query service under test is not configured with. */
    static final String K9 = "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=";

    private ChainRows() {
    }

    /** The keys a command service had while {@code active} was its active key. */
    static ChainKeys activeKey(String active, String... idsAndSecrets) {
        Map<String, byte[]> secrets = new java.util.HashMap<>();
        for (int i = 0; i < idsAndSecrets.length; i += 2) {
            secrets.put(idsAndSecrets[i], Base64.getDecoder().decode(idsAndSecrets[i + 1]));
        }
        return new ChainKeys(active, secrets);
    }

    static List<StoredEvent> of(JdbcTemplate jdbc, String complaintId) {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", StoredEventRows::map, complaintId);
    }

    /** Seals each stored event with the keys the writer had when it appended event {@code i}. */
    static void seal(JdbcTemplate jdbc, List<StoredEvent> rows, IntFunction<ChainKeys> keysAtEvent) {
        String previous = EventChain.GENESIS;
        for (StoredEvent row : rows) {
            ChainKeys.Seal seal = keysAtEvent.apply((int) row.sequenceNumber()).seal(previous, row);
            insert(jdbc, row, seal.hash(), seal.keyId());
            previous = seal.hash();
        }
    }

    /** The legacy format, as the product wrote it before the chain was keyed. */
    static void sealUnkeyed(JdbcTemplate jdbc, List<StoredEvent> rows) {
        sealUnkeyed(jdbc, EventChain.GENESIS, rows);
    }

    /** The legacy format, chained on from {@code previous}, the stored hash of the event before the rows. */
    static void sealUnkeyed(JdbcTemplate jdbc, String previous, List<StoredEvent> rows) {
        for (StoredEvent row : rows) {
            String hash = EventChain.unkeyed(previous, row);
            insert(jdbc, row, hash, null);
            previous = hash;
        }
    }

    private static void insert(JdbcTemplate jdbc, StoredEvent row, String hash, String keyId) {
        jdbc.update("INSERT INTO event_hash (aggregate_identifier, sequence_number, global_index, event_identifier, "
                + "hash, key_id) VALUES (?, ?, ?, ?, ?, ?)", row.aggregateIdentifier(), row.sequenceNumber(),
                row.globalIndex(), row.eventIdentifier(), hash, keyId);
    }
}
