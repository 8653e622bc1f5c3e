package org.marketplace.complaints.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint's stream as an earlier release stored it: appended today, then one row rewritten into the payload and
 * revision that release wrote, and the whole stream hashed as the legacy (unkeyed) chain did, so that the chain
 * still verifies the bytes as stored.
 */
record EarlierRevisionRows(EventStore eventStore, JdbcTemplate jdbc, ObjectMapper json) {

    /** Stores the events with that actor; the row at {@code index} gets {@code rewrite} and {@code revision}. */
    StoredEvent store(ComplaintId id, List<? extends ComplaintEvent> events, String actor, int index, String revision,
                      UnaryOperator<ObjectNode> rewrite) throws Exception {
        for (int seq = 0; seq < events.size(); seq++) {
            ComplaintEvent event = events.get(seq);
            Instant at = event.occurredAt();
            eventStore.publish(new GenericDomainEventMessage<>("Complaint", id.toString(), seq, event,
                    MetaData.with("actor", actor), UUID.randomUUID().toString(), at));
        }
        StoredEvent row = ChainRows.of(jdbc, id.toString()).get(index);
        ObjectNode earlier = rewrite.apply((ObjectNode) json.readTree(row.payload()));
        jdbc.update("UPDATE DomainEventEntry SET payload = ?, payloadRevision = ? WHERE globalIndex = ?",
                json.writeValueAsBytes(earlier), revision, row.globalIndex());
        ChainRows.sealUnkeyed(jdbc, ChainRows.of(jdbc, id.toString()));
        return row;
    }
}
