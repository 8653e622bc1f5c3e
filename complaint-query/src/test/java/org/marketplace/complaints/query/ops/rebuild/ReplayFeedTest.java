package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rebuilds started together read the store once: each replay that joins the feed in time gets every event from the
 * first, once and in order, whenever it joined; one that comes later gets a feed of its own; one that leaves does
 * not hold up the others.
 */
class ReplayFeedTest extends GeneratedHistoryTestBase {

    private static final int BATCH = 1_000;

    @Autowired
    EventStorageEngine storage;

    @Test
    void aReplayJoiningAfterTheFirstBatches_getsEveryEventOnceInOrder_asTheFirstOneDoes() throws Exception {
        ReplayFeed feed = new ReplayFeed(storage, BATCH);
        ReplayFeed.Subscription first = feed.join();
        Thread reader = start(feed);
        List<Long> firstPositions = new ArrayList<>(positions(first, 2));

        ReplayFeed.Subscription second = feed.join();
        // each replay takes its batches on a thread of its own: the feed waits for the slower one
        CompletableFuture<List<Long>> secondPositions = taking(second);
        firstPositions.addAll(positions(first, Integer.MAX_VALUE));
        reader.join();

        List<Long> stored = jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry ORDER BY globalIndex", Long.class);
        assertThat(stored).hasSizeGreaterThan(ReplayFeed.JOIN_WINDOW * BATCH);
        assertThat(firstPositions).isEqualTo(stored);
        assertThat(secondPositions.get(1, TimeUnit.MINUTES)).isEqualTo(stored);
        assertThat(first.failure()).isNull();
    }

    @Test
    void pastItsFirstBatches_theFeedTakesNoMoreReplays() throws Exception {
        ReplayFeed feed = new ReplayFeed(storage, BATCH);
        ReplayFeed.Subscription first = feed.join();
        Thread reader = start(feed);
        positions(first, ReplayFeed.JOIN_WINDOW + 1);

        assertThat(feed.join()).isNull();
        first.cancel();
        reader.join();
    }

    @Test
    void aReplayThatLeaves_doesNotHoldUpTheOthers() throws Exception {
        ReplayFeed feed = new ReplayFeed(storage, BATCH);
        ReplayFeed.Subscription leaving = feed.join();
        ReplayFeed.Subscription staying = feed.join();
        Thread reader = start(feed);
        positions(leaving, 1);
        leaving.cancel();

        assertThat(positions(staying, Integer.MAX_VALUE)).hasSize((int) eventsStored());
        reader.join();
        assertThat(leaving.next()).isNull();
    }

    private static CompletableFuture<List<Long>> taking(ReplayFeed.Subscription subscription) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return positions(subscription, Integer.MAX_VALUE);
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
        });
    }

    private static Thread start(ReplayFeed feed) {
        Thread reader = new Thread(feed::run, "replay-feed-test");
        reader.start();
        return reader;
    }

    /** The positions of up to {@code batches} batches, fewer at the feed's end. */
    private static List<Long> positions(ReplayFeed.Subscription subscription, int batches) throws InterruptedException {
        List<Long> positions = new ArrayList<>();
        for (int taken = 0; taken < batches; taken++) {
            List<TrackedEventMessage<?>> batch = subscription.next();
            if (batch == null) {
                break;
            }
            batch.forEach(event -> positions.add(position(event)));
        }
        return positions;
    }

    private static long position(TrackedEventMessage<?> event) {
        OptionalLong position = event.trackingToken().position();
        return position.orElseThrow();
    }

    private long eventsStored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
