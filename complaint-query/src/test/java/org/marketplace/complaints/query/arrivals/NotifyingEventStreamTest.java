package org.marketplace.complaints.query.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The processors' streams call back when events arrive, on a real embedded event store and its watcher. */
class NotifyingEventStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final TellableEventStore store = new TellableEventStore(EmbeddedEventStore.builder()
            .storageEngine(new ReadsLikeATable()));
    private final AtomicInteger callbacks = new AtomicInteger();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void anArrivingEvent_callsBack_andCanBeTaken() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            assertThat(stream.setOnAvailableCallback(callbacks::incrementAndGet)).isTrue();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(event(0));

            await().atMost(WAIT).until(() -> callbacks.get() == 1);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-0");
        }
    }

    @Test
    void eachArrival_callsBackAgain() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            store.publish(event(0));
            await().atMost(WAIT).until(() -> callbacks.get() == 1);
            stream.nextAvailable();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(event(1));

            await().atMost(WAIT).until(() -> callbacks.get() == 2);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-1");
        }
    }

    @Test
    void aStreamThatReadTheStoreToItsEnd_findsTheEventItIsCalledBackFor_atTheFirstAsk() throws InterruptedException {
        store.publish(event(0));
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            // read from the table itself, as a processor catching up does, to its end
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-0");

            store.publish(event(1));
            await().atMost(WAIT).until(() -> callbacks.get() == 1);

            // a processor's coordinator asks once per call back: the event must be there at that ask
            assertThat(stream.hasNextAvailable()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-1");
        }
    }

    @Test
    void aClosedStream_isNoLongerCalledBack() {
        AtomicInteger open = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> closed = store.openStream(null);
        closed.setOnAvailableCallback(callbacks::incrementAndGet);
        closed.close();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            stream.setOnAvailableCallback(open::incrementAndGet);

            store.publish(event(0));
            await().atMost(WAIT).until(() -> open.get() == 1);
            // the watcher calls every reader in one pass: once a later pass has begun, the first one is over
            store.publish(event(1));
            await().atMost(WAIT).until(() -> open.get() == 2);

            assertThat(callbacks).hasValue(0);
        }
    }

    @Test
    void aReaderThatFailsToBeCalledBack_doesNotKeepTheOthersUncalled() {
        try (BlockingStream<TrackedEventMessage<?>> failing = store.openStream(null);
             BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            failing.setOnAvailableCallback(() -> {
                throw new IllegalStateException("a processor stopping meanwhile");
            });
            stream.setOnAvailableCallback(callbacks::incrementAndGet);

            store.publish(event(0));
            await().atMost(WAIT).until(() -> callbacks.get() == 1);
            store.publish(event(1));
            await().atMost(WAIT).until(() -> callbacks.get() == 2);
        }
    }

    @Test
    void shuttingTheStoreDown_endsItsWatcher() {
        store.openStream(null).close();
        await().atMost(WAIT).until(store::watching);

        store.shutDown();

        await().atMost(WAIT).until(() -> !store.watching());
    }

    /**
     * Each read returns the events stored when it began, as a query of the event table does; the in-memory engine's
     * reads would also return events stored while they are read.
     */
    private static final class ReadsLikeATable extends InMemoryEventStorageEngine {

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return super.readEvents(trackingToken, mayBlock).toList().stream();
        }
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Complaint", "complaint-1", sequence, "event-" + sequence);
    }
}
