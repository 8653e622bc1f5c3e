package org.marketplace.complaints.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every event the service stores gets its hash in the same transaction, chained per complaint. */
class HashChainTest extends HttpTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStoredEvent_carriesTheHashOfItsStoredFormChainedToTheEventBeforeIt() {
        String complaintId = journey().ruledBy("arbiter-1");

        List<StoredEvent> stored = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry WHERE "
                + "aggregateIdentifier = ? ORDER BY sequenceNumber", StoredEventRows::map, complaintId);
        List<String> hashes = jdbc.queryForList("SELECT hash FROM event_hash WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, complaintId);

        assertThat(stored).hasSizeGreaterThan(4);
        assertThat(hashes).hasSameSizeAs(stored);
        String previous = EventChain.GENESIS;
        for (int i = 0; i < stored.size(); i++) {
            assertThat(hashes.get(i)).as("hash of event %d", i).isEqualTo(EventChain.hash(previous, stored.get(i)));
            previous = hashes.get(i);
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
