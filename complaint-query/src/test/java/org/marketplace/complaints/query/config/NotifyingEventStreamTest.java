package org.marketplace.complaints.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The processors' streams call back when events arrive, once per arrival, on a real embedded event store. */
class NotifyingEventStreamTest {

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final NotifyingEventSource source = new NotifyingEventSource(store);
    private final AtomicInteger callbacks = new AtomicInteger();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void anArrivingEvent_callsBack_andCanBeTaken() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(callbacks::incrementAndGet)).isTrue();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(event(0));

            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-0");
        }
    }

    @Test
    void anEventNotTakenYet_isNotAnnouncedOverAndOver() {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            store.publish(event(0));
            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() >= 1);

            // the coordinator has no room and leaves it there: the watcher reminds it at most once a second
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
        }
    }

    @Test
    void eachArrival_afterTheLastOneWasTaken_callsBackAgain() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            store.publish(event(0));
            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
            stream.nextAvailable();

            store.publish(event(1));

            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 2);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-1");
        }
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Complaint", "complaint-1", sequence, "event-" + sequence);
    }
}
