package org.marketplace.complaints.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every event the service stores gets its hash in the same transaction, chained per complaint and sealed with
 * the active key (the embedded set-up's demo key here), whose id it records.
 */
class HashChainTest extends HttpTestBase {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainKeys keys;

    @Test
    void everyStoredEvent_carriesTheKeyedHashOfItsStoredFormChainedToTheEventBeforeIt() {
        String complaintId = journey().ruledBy("arbiter-1");

        List<StoredEvent> stored = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry WHERE "
                + "aggregateIdentifier = ? ORDER BY sequenceNumber", StoredEventRows::map, complaintId);
        List<ChainKeys.Seal> seals = jdbc.query("SELECT key_id, hash FROM event_hash WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", (rs, row) -> new ChainKeys.Seal(rs.getString(1), rs.getString(2)),
                complaintId);

        assertThat(stored).hasSizeGreaterThan(4);
        assertThat(seals).hasSameSizeAs(stored);
        String previous = EventChain.GENESIS;
        for (int i = 0; i < stored.size(); i++) {
            assertThat(seals.get(i)).as("hash of event %d", i).isEqualTo(keys.seal(previous, stored.get(i)));
            assertThat(seals.get(i).keyId()).isEqualTo("demo");
            previous = seals.get(i).hash();
        }
    }

    @Test
    void theHashRecordsTheGlobalPositionOfItsEvent() {
        String complaintId = journey().filed();

        Long hashed = jdbc.queryForObject("SELECT global_index FROM event_hash WHERE aggregate_identifier = ? "
                + "AND sequence_number = 0", Long.class, complaintId);
        Long stored = jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 0", Long.class, complaintId);
        assertThat(hashed).isEqualTo(stored);
    }
}
