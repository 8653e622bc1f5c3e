package org.marketplace.complaints.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Turns events read through Axon's event store (upcast to the current revision, deserialized by the event
 * serializer, as the projections receive them) into what the audit shows: type, revision and payload as the
 * current event classes have them. The stored bytes, which the hash chain covers, may be an older revision.
 */
@Component
class EventReading {

    private final Serializer events;

    EventReading(@Qualifier("eventSerializer") Serializer events) {
        this.events = events;
    }

    AuditedEvent audited(DomainEventMessage<?> message, long globalPosition) {
        SerializedObject<JsonNode> shown = shown(message.getPayload());
        MetaData meta = message.getMetaData();
        return new AuditedEvent(message.getAggregateIdentifier(), message.getSequenceNumber(), globalPosition,
                simpleName(shown.getType().getName()), shown.getType().getRevision(), message.getTimestamp(),
                text(meta, "actor"), text(meta, "correlationId"), shown.getData());
    }

    // an event whose class this release no longer has is shown as stored rather than not at all
    private SerializedObject<JsonNode> shown(Object payload) {
        if (payload instanceof UnknownSerializedType unknown) {
            return new SimpleSerializedObject<>(unknown.readData(JsonNode.class), JsonNode.class,
                    unknown.serializedType());
        }
        return events.serialize(payload, JsonNode.class);
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private static String simpleName(String payloadType) {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
