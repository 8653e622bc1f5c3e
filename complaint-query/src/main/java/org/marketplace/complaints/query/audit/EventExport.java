package org.marketplace.complaints.query.audit;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * The global stream over a time range, read through Axon's token-based stream (so upcasters apply, as for the
 * projections), one batch of rows per round trip and transaction: the export never holds more than a batch.
 * Time stamps do not strictly follow the global order (an event is stamped before its transaction commits), so
 * the stream starts a second before {@code from}, runs to the head, and the exact bounds are applied per event.
 */
@Component
class EventExport {

    private final EventStorageEngine storage;
    private final EventReading reading;

    EventExport(EventStorageEngine storage, EventReading reading) {
        this.storage = storage;
        this.reading = reading;
    }

    /** Each event stored in [from, to] (of {@code payloadType}, a class name, or any when null), in order. */
    void each(Instant from, Instant to, String payloadType, Consumer<AuditedEvent> each) {
        TrackingToken start = storage.createTokenAt(from.minusSeconds(1));
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(start, false)) {
            stream.filter(message -> !message.getTimestamp().isBefore(from) && !message.getTimestamp().isAfter(to))
                    // the payload's type is known without deserializing it
                    .filter(message -> payloadType == null || payloadType.equals(message.getPayloadType().getName()))
                    .forEach(message -> each.accept(reading.audited((DomainEventMessage<?>) message,
                            message.trackingToken().position().orElse(-1))));
        }
    }
}
