package org.marketplace.complaints.query.config;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as the read models' processors read it: the same events, in streams that tell the processor
 * when new events arrive ({@link NotifyingEventStream}). Without that, Axon's pooled processor looks at an idle
 * stream only every 500 ms, which was nearly all of the time from a command's answer to its read model.
 */
final class NotifyingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStore eventStore;

    NotifyingEventSource(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new NotifyingEventStream(eventStore.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return eventStore.createTokenSince(duration);
    }
}
