package org.marketplace.complaints.query.ops.rebuild;

import java.time.Clock;
import java.util.HashSet;
import org.marketplace.complaints.query.freshness.ClusterProgress;
import org.marketplace.complaints.query.freshness.ProcessorProgress;
import org.marketplace.complaints.query.ops.balancing.SegmentShares;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a rebuilt table set the active one as soon as its processor has caught up: past the head the rebuild
 * aimed at, and past everything the live processor has applied, so that the switch never takes back an answer
 * (read-your-writes, freshness). The live processor's token rows are locked meanwhile: it commits nothing
 * between the comparison and the switch. Not "no longer replaying": the rebuild's processor is not an Axon
 * replay, and Axon's own flag would wait for new traffic. The rebuilds come from the registry, so any instance
 * may switch (a restarted one too); the switch is a compare-and-set, so only one does. The segments other
 * instances claim count alike: the rebuilt set's progress is read from the token table (ClusterProgress).
 */
@Component
class RebuildSwitch {

    private static final Logger log = LoggerFactory.getLogger(RebuildSwitch.class);

    private final ReadModelTables tables;
    private final ClusterProgress cluster;
    private final StoredTokens tokens;
    private final SegmentShares shares;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RebuildSwitch(ReadModelTables tables, ClusterProgress cluster,
                  StoredTokens tokens, SegmentShares shares, TransactionTemplate transactions, Clock clock) {
        this.tables = tables;
        this.cluster = cluster;
        this.tokens = tokens;
        this.shares = shares;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${complaints.query.rebuild.switch-check-interval:PT0.2S}")
    void switchCaughtUpRebuilds() {
        for (TableSetState rebuild : tables.rebuilding()) {
            if (switched(rebuild)) {
                shares.followRegistry();
                log.info("{}: rebuilt into the {} tables, which queries read from now on", rebuild.readModel(),
                        rebuild.building());
            }
        }
    }

    /**
     * The rebuilt set's progress is read first, outside any lock: most checks find it short of the target and
     * end there, without holding up the live processor. Only then are the live processor's rows locked, briefly;
     * the progress read before still counts, since it only grows.
     */
    private boolean switched(TableSetState rebuild) {
        ProcessorProgress rebuilt = cluster.of(rebuild.buildingProcessor());
        if (!caughtUp(rebuilt, rebuild.targetPosition())) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status ->
                caughtUp(rebuilt, tokens.lockHighest(rebuild.activeProcessor()))
                        && tables.switchOver(rebuild, clock.instant())));
    }

    static boolean caughtUp(ProcessorProgress segments, long target) {
        // an empty store: nothing to replay, the segments have no position yet
        return segments.known() && (target == 0 || segments.reached(target, new HashSet<>()));
    }
}
