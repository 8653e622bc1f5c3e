package org.marketplace.complaints.query.ops.rebuild;

import java.time.Clock;
import java.util.function.Function;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.marketplace.complaints.query.ops.processors.EventStoreHead;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a read model from the first event into its inactive table set while the queries keep reading the
 * active one (readmodel.tables); RebuildSwitch makes the rebuilt set active once it has caught up. Meanwhile
 * the active set is frozen where the rebuild started: the processor feeds only the set being built, which is
 * the one that is current after the switch, so no event is lost between the two.
 */
@Component
public class ReadModelRebuild {

    private static final Function<StreamableMessageSource<TrackedEventMessage<?>>, TrackingToken> FIRST_EVENT =
            StreamableMessageSource::createTailToken;

    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final EventStoreHead head;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReadModelRebuild(EventProcessingConfiguration processing, ReadModelTables tables, EventStoreHead head,
                     TransactionTemplate transactions, Clock clock) {
        this.processing = processing;
        this.tables = tables;
        this.head = head;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Starts the rebuild of processor {@code name}'s read model and returns; the switch comes later. */
    public void start(String name) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .filter(found -> tables.isRegistered(name))
                .orElseThrow(() -> new UnknownReadModelException(name));
        if (tables.state(name).rebuilding()) {
            throw new RebuildInProgressException(name);
        }
        long processed = FrozenPosition.of(processor.processingStatus().values());
        processor.shutDown();
        try {
            transactions.executeWithoutResult(transaction -> restartFromTheFirstEvent(name, processor, processed));
        } finally {
            processor.start();
        }
    }

    /**
     * One transaction, so that a failure leaves nothing half done: the registry row (the compare-and-set that
     * makes this caller the only one rebuilding), the reset handler emptying the set being built (never the
     * active one, see PerTableSet) and the tokens back before the first event. Axon's reset joins it.
     */
    private void restartFromTheFirstEvent(String name, StreamingEventProcessor processor, long processed) {
        long frozen = Math.max(processed, FrozenPosition.of(processing.tokenStore(name), name));
        if (!tables.startRebuild(name, head.position(), frozen, clock.instant())) {
            throw new RebuildInProgressException(name);
        }
        processor.resetTokens(FIRST_EVENT);
    }
}
