package org.marketplace.complaints.query.ops.rebuild;

import java.time.Clock;
import java.util.HashSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.freshness.ClusterProgress;
import org.marketplace.complaints.query.freshness.ProcessorProgress;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes a rebuilt table set the active one as soon as its processor has caught up: every segment past the
 * head the rebuild aimed at. Not "no longer replaying": Axon ends a replay only at the first event after the
 * position it was reset at, which in a quiet hour may never come, while everything up to the head is in.
 * The rebuilds come from the registry, so any instance may switch (a restarted one too); the switch is a
 * compare-and-set, so only one does. The segments other instances claim count by the token table
 * (ClusterProgress), so the instance that switches need not claim any.
 */
@Component
class RebuildSwitch {

    private static final Logger log = LoggerFactory.getLogger(RebuildSwitch.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final ClusterProgress cluster;
    private final Clock clock;

    RebuildSwitch(EventProcessingConfiguration processing, ReadModelTables tables, ClusterProgress cluster,
                  Clock clock) {
        this.processing = processing;
        this.tables = tables;
        this.cluster = cluster;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${complaints.query.rebuild.switch-check-interval:PT0.2S}")
    void switchCaughtUpRebuilds() {
        for (TableSetState rebuild : tables.rebuilding()) {
            processing.eventProcessor(rebuild.readModel(), StreamingEventProcessor.class)
                    .filter(processor -> caughtUp(cluster.of(processor, false), rebuild.targetPosition()))
                    .filter(processor -> tables.switchOver(rebuild, clock.instant()))
                    .ifPresent(processor -> log.info("{}: rebuilt into the {} tables, which queries read from now on",
                            rebuild.readModel(), rebuild.building()));
        }
    }

    static boolean caughtUp(ProcessorProgress segments, long target) {
        return segments.known() && !segments.errorHere()
                // an empty store: nothing to replay, the segments have no position yet
                && (target == 0 || segments.reached(target, new HashSet<>()));
    }
}
