package org.marketplace.complaints.query.ops.rebuild;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.marketplace.complaints.query.ops.balancing.SegmentShares;
import org.marketplace.complaints.query.ops.processors.EventStoreHead;
import org.marketplace.complaints.query.ops.processors.UnknownProcessorException;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.SetBoundProjection;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds a read model from the first event into its inactive table set, with that set's own processor
 * (readmodel.tables), its events first replayed by this instance (RebuildReplays), while the active set's processor
 * goes on live and the queries, read-your-writes included, keep reading it; RebuildSwitch makes the rebuilt set the
 * active one once it has caught up. Nothing running is stopped, reset or frozen, on this instance or another: starting
 * is one transaction on the database, which every instance's processors follow (ops.balancing.SegmentShares).
 */
@Component
public class ReadModelRebuild {

    private final Map<String, SetBoundProjection<?>> projections;
    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final EventStoreHead head;
    private final StoredTokens tokens;
    private final SegmentShares shares;
    private final RebuildReplays replays;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReadModelRebuild(List<SetBoundProjection<?>> projections, EventProcessingConfiguration processing,
                     ReadModelTables tables, EventStoreHead head, StoredTokens tokens, SegmentShares shares,
                     RebuildReplays replays, TransactionTemplate transactions, Clock clock) {
        this.projections = projections.stream()
                .collect(Collectors.toMap(SetBoundProjection::readModel, Function.identity()));
        this.processing = processing;
        this.tables = tables;
        this.head = head;
        this.tokens = tokens;
        this.shares = shares;
        this.replays = replays;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Starts the rebuild of read model {@code name} and returns; the switch comes later. */
    public void start(String name) {
        SetBoundProjection<?> projection = projections.get(name);
        if (projection == null || tables.registered(name).isEmpty()) {
            throw new UnknownProcessorException(name, "a read model to rebuild");
        }
        String restarted = transactions.execute(transaction -> restartFromTheFirstEvent(projection));
        shares.followRegistry();
        replays.start(restarted);
    }

    /**
     * One transaction, so that a failure leaves nothing half done: the registry row (the compare-and-set that
     * makes this caller the only one rebuilding), the inactive set emptied, its processor's dead letters dropped
     * and its tokens set before the first event, claimed for this instance's replay of the events (RebuildReplays),
     * which the processor takes over from once it ends. Returns that processor. The dead letters go because the replay handles
     * their events again anyway. That processor must hold no claim: one that was live until the last switch lets
     * go within a balancing round, and until then would go on from where it was (Axon lets a processor store its
     * token again under a claim taken anew), so a rebuild asked for meanwhile is refused, to be asked again.
     */
    private String restartFromTheFirstEvent(SetBoundProjection<?> projection) {
        TableSetState state = tables.state(projection.readModel());
        if (state.rebuilding()) {
            throw new RebuildInProgressException(projection.readModel());
        }
        List<String> claims = tokens.lockClaims(state.buildingProcessor());
        if (!claims.isEmpty()) {
            throw new RebuildInProgressException(projection.readModel(), claims);
        }
        if (!tables.startRebuild(state, head.position(), clock.instant())) {
            throw new RebuildInProgressException(projection.readModel());
        }
        projection.into(state.building()).clear();
        processing.deadLetterQueue(state.buildingProcessor()).ifPresent(SequencedDeadLetterQueue::clear);
        tokens.restartFromTheFirstEvent(state.buildingProcessor(), replays.claimant());
        return state.buildingProcessor();
    }
}
