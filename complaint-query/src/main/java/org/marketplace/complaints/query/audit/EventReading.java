package org.marketplace.complaints.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Turns stored rows into what the audit shows: the raw JSON for reading, and the event itself (through Axon's
 * event serializer, as the projections receive it) for replaying the fold.
 */
@Component
class EventReading {

    private final ObjectMapper json;
    private final Serializer events;

    EventReading(ObjectMapper json, @Qualifier("eventSerializer") Serializer events) {
        this.json = json;
        this.events = events;
    }

    AuditedEvent audited(StoredEvent row) {
        JsonNode meta = tree(row.metaData());
        return new AuditedEvent(row.aggregateIdentifier(), row.sequenceNumber(), row.globalIndex(),
                simpleName(row.payloadType()), row.payloadRevision(), Instant.parse(row.timeStamp()),
                text(meta, "actor"), text(meta, "correlationId"), tree(row.payload()));
    }

    ComplaintEvent event(StoredEvent row) {
        return events.deserialize(new SimpleSerializedObject<>(row.payload(), byte[].class, row.payloadType(),
                row.payloadRevision()));
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return bytes == null ? json.nullNode() : json.readTree(bytes);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String text(JsonNode meta, String key) {
        JsonNode value = meta.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
