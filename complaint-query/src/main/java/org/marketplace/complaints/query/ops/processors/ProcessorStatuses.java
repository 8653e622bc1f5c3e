package org.marketplace.complaints.query.ops.processors;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.freshness.BatchCommits;
import org.marketplace.complaints.query.freshness.ClusterProgress;
import org.marketplace.complaints.query.freshness.ProcessorProgress;
import org.marketplace.complaints.query.freshness.SegmentProgress;
import org.marketplace.complaints.query.ops.cluster.NodeId;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.Rebuild;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.SegmentClaim;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.Segments;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.ThisInstance;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.springframework.stereotype.Component;

/**
 * Every streaming event processor's status over all instances: the segments this instance claims from their
 * in-memory statuses, the others from the token table (ClusterProgress), and the table-set registry.
 */
@Component
public class ProcessorStatuses {

    private final EventProcessingConfiguration processing;
    private final EventStoreHead head;
    private final ReadModelTables tables;
    private final ClusterProgress cluster;
    private final BatchCommits commits;
    private final NodeId self;

    ProcessorStatuses(EventProcessingConfiguration processing, EventStoreHead head, ReadModelTables tables,
                      ClusterProgress cluster, BatchCommits commits, NodeId self) {
        this.processing = processing;
        this.head = head;
        this.tables = tables;
        this.cluster = cluster;
        this.commits = commits;
        this.self = self;
    }

    public List<ProcessorStatus> all() {
        long headPosition = head.position();
        return processing.eventProcessors().keySet().stream().sorted(Comparator.naturalOrder())
                .flatMap(name -> of(name, headPosition).stream()).toList();
    }

    public Optional<ProcessorStatus> of(String name) {
        return of(name, head.position());
    }

    private Optional<ProcessorStatus> of(String name, long headPosition) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).map(processor -> {
            ProcessorProgress progress = cluster.of(processor, true);
            Long position = progress.known() ? Math.max(0, progress.lowestTowards(headPosition)) : null;
            TableSetState state = tables.isRegistered(name) ? tables.state(name) : null;
            Rebuild rebuild = state != null && state.rebuilding()
                    ? new Rebuild(state.building(), state.targetPosition(), state.startedAt()) : null;
            List<SegmentClaim> bySegment = progress.segments().stream().map(this::claim).toList();
            int claimedHere = progress.local().size();
            return new ProcessorStatus(name, state(processor, progress), position, headPosition,
                    position == null ? null : Math.max(0, headPosition - position),
                    ReplayProgress.replaying(progress, position, rebuild),
                    ReplayProgress.of(progress, position, rebuild),
                    new Segments((int) bySegment.stream().filter(segment -> segment.owner() != null).count(),
                            bySegment.size(), bySegment),
                    bySegment.stream().map(SegmentClaim::owner).filter(Objects::nonNull).distinct().sorted().toList(),
                    new ThisInstance(self.value(), claimedHere, commits.eventsHandled(name)),
                    state == null ? null : state.active(), rebuild);
        });
    }

    private SegmentClaim claim(SegmentProgress segment) {
        String owner = segment.claimedHere() ? self.value() : segment.owner();
        long position = segment.position();
        return new SegmentClaim(segment.id(), owner, position < 0 ? null : position, segment.claimedHere());
    }

    private static ProcessorState state(StreamingEventProcessor processor, ProcessorProgress progress) {
        if (processor.isError() || progress.errorHere()) {
            return ProcessorState.ERROR;
        }
        return processor.isRunning() ? ProcessorState.RUNNING : ProcessorState.SHUT_DOWN;
    }
}
