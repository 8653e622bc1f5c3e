package org.marketplace.complaints.query.ops.rebuild;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.marketplace.complaints.query.ops.cluster.NodeId;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.marketplace.complaints.query.tokens.TokenStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs the replays of the rebuilds this instance starts (RebuildReplay), a thread each, fed by one reading of the
 * store for the rebuilds started together (ReplayFeed), and hands each over to the pooled processor of the rebuilt
 * set when it ends: its claims released, and this instance's processor asked to claim the segments at once rather
 * than at its next look at the token table. It ends near the store's head, or when a batch fails (the processor
 * then meets that batch again, with its retries and dead letters), or when the service stops. If this instance
 * dies, its claims expire (axon.eventhandling.tokenstore.claim-timeout) and any instance's processor goes on from
 * the last batch the replay committed. The replay claims under a name of its own, so that the processors of this
 * instance leave its segments alone too.
 */
@Component
class RebuildReplays implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RebuildReplays.class);

    private final boolean enabled;
    private final String owner;
    private final EventProcessingConfiguration processing;
    private final EventStorageEngine storage;
    private final TokenStore claims;
    private final TransactionManager transactions;
    private final int batchSize;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final AtomicInteger feeds = new AtomicInteger();
    /** The feed the next replay joins, if it still can: rebuilds started together read the store once. */
    private ReplayFeed joinable;

    private record Running(RebuildReplay replay, Thread thread) {
    }

    RebuildReplays(@Value("${complaints.query.rebuild.replay:true}") boolean enabled, NodeId node,
                   EventProcessingConfiguration processing, EventStorageEngine storage, ConnectionProvider connections,
                   Serializer serializer, StoredTokens stored, TransactionManager transactions,
                   @Value("${complaints.query.event-batch-size:1000}") int batchSize) {
        this.enabled = enabled;
        this.owner = "rebuild@" + node.value();
        this.processing = processing;
        this.storage = storage;
        this.claims = TokenStores.claimingAs(owner, connections, serializer, stored);
        this.transactions = transactions;
        this.batchSize = batchSize;
    }

    /**
     * The owner that a rebuild's start writes into the claims of the processor it restarts: this instance's replays
     * when they are on, none (the processor replays it, on whichever instance claims it) when off.
     */
    String claimant() {
        return enabled ? owner : null;
    }

    /** After the start's transaction committed the processor's tokens claimed for {@link #claimant()}. */
    void start(String processorName) {
        if (!enabled) {
            return;
        }
        AbstractEventProcessor processor = processing.eventProcessor(processorName, AbstractEventProcessor.class)
                .orElse(null);
        if (processor == null) {
            // not one of Axon's processors here: its claims expire and whichever processor claims them replays
            log.warn("{}: no event processor of Axon's to replay into; the rebuild waits for the claims to expire",
                    processorName);
            return;
        }
        RebuildReplay replay = new RebuildReplay(processor, feedFromTheFirstEvent(), claims, transactions);
        Thread thread = new Thread(() -> replayThenHandOver(processor, replay), "rebuild-" + processorName);
        running.put(processorName, new Running(replay, thread));
        thread.start();
    }

    private synchronized ReplayFeed.Subscription feedFromTheFirstEvent() {
        ReplayFeed.Subscription joined = joinable == null ? null : joinable.join();
        if (joined != null) {
            return joined;
        }
        joinable = new ReplayFeed(storage, batchSize);
        joined = joinable.join();
        new Thread(joinable::run, "rebuild-feed-" + feeds.incrementAndGet()).start();
        return joined;
    }

    private void replayThenHandOver(AbstractEventProcessor processor, RebuildReplay replay) {
        String name = processor.getName();
        long started = System.nanoTime();
        try {
            long handled = replay.run();
            log.info("{}: replayed {} events in {} ms; the processor goes on from there", name, handled,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            log.warn("{}: the rebuild's replay stopped; the processor goes on from its last committed batch", name,
                    failure);
        } finally {
            handOver(processor);
            // only now: the service's stop waits for the replays it finds here, hand-over included
            running.remove(name);
        }
    }

    private void handOver(AbstractEventProcessor processor) {
        int[] segments;
        try {
            segments = transactions.fetchInTransaction(() -> {
                int[] all = claims.fetchSegments(processor.getName());
                for (int segment : all) {
                    claims.releaseClaim(processor.getName(), segment);
                }
                return all;
            });
        } catch (RuntimeException failure) {
            log.warn("{}: the rebuild's replay could not release its claims; they expire by themselves",
                    processor.getName(), failure);
            return;
        }
        if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
            for (int segment : segments) {
                streaming.claimSegment(segment);
            }
        }
    }

    /** Each replay ends after its current batch and hands over; returns at once. */
    void stopAll() {
        running.values().forEach(each -> each.replay().stop());
    }

    /** The service stops: each replay ends after its current batch and hands over, before the database goes. */
    @Override
    public void destroy() throws InterruptedException {
        stopAll();
        for (Running each : running.values()) {
            each.thread().join(30_000);
        }
    }
}
