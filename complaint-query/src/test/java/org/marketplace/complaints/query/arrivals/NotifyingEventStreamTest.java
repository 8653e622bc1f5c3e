package org.marketplace.complaints.query.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    private final TellableEventStore store = new TellableEventStore(EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()));
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

            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-0");
        }
    }

    @Test
    void anEventNotTakenYet_isNotAnnouncedOverAndOver() {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            store.publish(event(0));
            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() >= 1);

            // the coordinator has no room and leaves it there: the watcher reminds it at most once a second
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 2);
        }
    }

    @Test
    void eachArrival_afterTheCoordinatorFoundTheStreamEmpty_callsBackAgain() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            store.publish(event(0));
            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);
            // as Axon's coordinator ends a round: it takes what there is until the stream says there is no more
            stream.nextAvailable();
            assertThat(stream.hasNextAvailable()).isFalse();

            store.publish(event(1));

            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 2);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("event-1");
        }
    }

    @Test
    void theCoordinatorTakingAnEventMidRound_doesNotWaitForTheWatcher() throws InterruptedException {
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            stream.setOnAvailableCallback(callbacks::incrementAndGet);
            store.publish(event(0));
            store.publish(event(1));
            await().atMost(Duration.ofSeconds(5)).until(() -> callbacks.get() == 1);

            stream.nextAvailable();
            // the watcher stays off the lock until the round ends: nothing has made it look again
            assertThat(stream.peek().map(event -> (Object) event.getPayload())).contains("event-1");
            stream.nextAvailable();
            assertThat(stream.hasNextAvailable()).isFalse();
            assertThat(callbacks).hasValue(1);
        }
    }

    @Test
    void closing_doesNotWaitForTheWatchersCallToTheStore_whichClosesTheStoreStreamWhenItReturns() {
        StoreStreamInACall storeStream = new StoreStreamInACall();
        NotifyingEventStream stream = new NotifyingEventStream(storeStream);
        stream.setOnAvailableCallback(callbacks::incrementAndGet);
        await().atMost(Duration.ofSeconds(5)).until(() -> storeStream.inCall.getCount() == 0);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(stream::close);

        await().atMost(Duration.ofSeconds(5)).until(closing::isDone);
        assertThat(storeStream.closes).as("closed while the watcher is in a call to it").hasValue(0);
        storeStream.callReturns.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> storeStream.closes.get() == 1);
    }

    /** A store stream whose wait for events lasts until the test lets it return, as a read from a busy database. */
    private static final class StoreStreamInACall implements BlockingStream<TrackedEventMessage<?>> {

        final CountDownLatch inCall = new CountDownLatch(1);
        final CountDownLatch callReturns = new CountDownLatch(1);
        final AtomicInteger closes = new AtomicInteger();

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            inCall.countDown();
            callReturns.await();
            return false;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return Optional.empty();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() {
            throw new UnsupportedOperationException("nothing arrives");
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    private static GenericDomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Complaint", "complaint-1", sequence, "event-" + sequence);
    }
}
