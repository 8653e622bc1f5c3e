package org.marketplace.complaints.query.ops.rebuild;

import java.time.Clock;
import java.util.Collection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.freshness.ProcessedPosition;
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
 * compare-and-set, so only one does. A segment's status is only known
 * on the instance that claims it: the query service runs as one instance per database (see ProcessedPosition).
 */
@Component
class RebuildSwitch {

    private static final Logger log = LoggerFactory.getLogger(RebuildSwitch.class);

    private final EventProcessingConfiguration processing;
    private final ReadModelTables tables;
    private final Clock clock;

    RebuildSwitch(EventProcessingConfiguration processing, ReadModelTables tables, Clock clock) {
        this.processing = processing;
        this.tables = tables;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${complaints.query.rebuild.switch-check-interval:PT0.2S}")
    void switchCaughtUpRebuilds() {
        for (TableSetState rebuild : tables.rebuilding()) {
            processing.eventProcessor(rebuild.readModel(), StreamingEventProcessor.class)
                    .filter(processor -> caughtUp(processor.processingStatus().values(), rebuild.targetPosition()))
                    .filter(processor -> tables.switchOver(rebuild, clock.instant()))
                    .ifPresent(processor -> log.info("{}: rebuilt into the {} tables, which queries read from now on",
                            rebuild.readModel(), rebuild.building()));
        }
    }

    static boolean caughtUp(Collection<EventTrackerStatus> segments, long target) {
        return ProcessedPosition.coversAllSegments(segments)
                && segments.stream().noneMatch(EventTrackerStatus::isErrorState)
                // an empty store: nothing to replay, the claimed segments have no position yet
                && (target == 0 || ProcessedPosition.reached(segments, target));
    }
}
