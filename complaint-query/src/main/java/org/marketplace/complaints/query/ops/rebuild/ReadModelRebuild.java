package org.marketplace.complaints.query.ops.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.marketplace.complaints.query.ops.cluster.NodeId;
import org.marketplace.complaints.query.ops.processors.EventStoreHead;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a read model from the first event into its inactive table set while the queries keep reading the
 * active one (readmodel.tables); RebuildSwitch makes the rebuilt set active once it has caught up. Meanwhile
 * the active set is frozen where the rebuild started: the processor feeds only the set being built, which is
 * the one that is current after the switch, so no event is lost between the two.
 * <p>
 * Several instances may share the processor's segments, and Axon resets the tokens only when no other instance
 * claims one. So the rebuild is first asked for in the registry row (RebuildRequests): every instance sees it
 * within a check interval and stops the processor (RebuildPauses), this one waits until no other instance holds
 * a live claim (bounded: 503 REBUILD_BLOCKED), then resets; starting the rebuild ends the request in the same
 * transaction, and every instance starts the processor again.
 */
@Component
public class ReadModelRebuild {

    private static final Function<StreamableMessageSource<TrackedEventMessage<?>>, TrackingToken> FIRST_EVENT =
            StreamableMessageSource::createTailToken;
    private static final long POLL_MILLIS = 50;

    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final EventStoreHead head;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RebuildRequests requests;
    private final RebuildPauses pauses;
    private final StoredTokens tokens;
    private final NodeId self;
    private final Duration releaseTimeout;

    ReadModelRebuild(EventProcessingConfiguration processing, ReadModelTables tables, EventStoreHead head,
                     TransactionTemplate transactions, Clock clock, RebuildRequests requests, RebuildPauses pauses,
                     StoredTokens tokens, NodeId self,
                     @Value("${complaints.query.rebuild.claims-release-timeout:PT20S}") Duration releaseTimeout) {
        this.processing = processing;
        this.tables = tables;
        this.head = head;
        this.transactions = transactions;
        this.clock = clock;
        this.requests = requests;
        this.pauses = pauses;
        this.tokens = tokens;
        this.self = self;
        this.releaseTimeout = releaseTimeout;
    }

    /** Starts the rebuild of processor {@code name}'s read model and returns; the switch comes later. */
    public void start(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .filter(found -> tables.isRegistered(name))
                .orElseThrow(() -> new UnknownReadModelException(name));
        if (tables.state(name).rebuilding()) {
            throw new RebuildInProgressException(name);
        }
        // the registry's time, as the registry's other columns; the abandon rule allows for the clocks' skew
        Instant now = clock.instant();
        if (!requests.request(name, self.value(), now, now.minus(RebuildPauses.abandonAfter(releaseTimeout)))) {
            throw new RebuildInProgressException(name);
        }
        Map<Integer, EventTrackerStatus> processed = Map.copyOf(processor.processingStatus());
        pauses.pause(name);
        try {
            restartOnceReleased(name, processor, processed);
        } finally {
            requests.withdraw(name, self.value());
            pauses.resume(name);
        }
    }

    /**
     * Waits until no other instance claims a segment (they stop on seeing the request; a killed one's claims
     * expire), then resets. A claim taken in between (an instance just started) fails the reset, which is tried
     * again while the bound lasts.
     */
    private void restartOnceReleased(String name, StreamingEventProcessor processor,
                                     Map<Integer, EventTrackerStatus> processed) {
        long deadline = System.nanoTime() + releaseTimeout.toNanos();
        while (true) {
            List<String> holders = otherHolders(name);
            if (holders.isEmpty()) {
                try {
                    transactions.executeWithoutResult(transaction -> restartFromTheFirstEvent(name, processor, processed));
                    return;
                } catch (UnableToClaimTokenException claimedMeanwhile) {
                    holders = otherHolders(name);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new RebuildBlockedException(name, holders, releaseTimeout);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new RebuildBlockedException(name, holders, releaseTimeout);
            }
        }
    }

    private List<String> otherHolders(String name) {
        return tokens.of(name).stream().filter(tokens::claimed).map(token -> token.owner())
                .filter(owner -> !owner.equals(self.value())).distinct().sorted().toList();
    }

    /**
     * One transaction, so that a failure leaves nothing half done: the registry row (the compare-and-set that
     * makes this caller the only one rebuilding, and the end of the request), the reset handler emptying the
     * set being built (never the active one, see PerTableSet), the processor's dead letters and the tokens back
     * before the first event. Axon's reset and the dead-letter queue join it. The dead letters go because the
     * rebuild handles their events again anyway: left in the queue, every replayed event of their complaints
     * would be parked behind them instead of applied.
     */
    private void restartFromTheFirstEvent(String name, StreamingEventProcessor processor,
                                          Map<Integer, EventTrackerStatus> processed) {
        long frozen = FrozenPosition.of(processing.tokenStore(name), name, processed);
        if (!tables.startRebuild(name, head.position(), frozen, clock.instant())) {
            throw new RebuildInProgressException(name);
        }
        requests.withdraw(name, self.value());
        processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
        processor.resetTokens(FIRST_EVENT);
    }
}
