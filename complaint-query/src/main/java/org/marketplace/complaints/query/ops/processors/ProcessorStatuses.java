package org.marketplace.complaints.query.ops.processors;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
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
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.springframework.stereotype.Component;

/**
 * Every read model's processing over all instances, under the read model's name: the processor feeding the table
 * set queries read (readmodel.tables), its segments from the token table, whichever instance claims them
 * (ClusterProgress), and, during a rebuild, how far the other set's processor has got. The
 * processor of the set nobody reads is not listed on its own: it is either idle or the rebuild.
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

    /**
     * Each read model once, under its name, by the processor feeding its active set (the registry read once for
     * all); a processor of no read model under its own name. The processor of an inactive set is not listed.
     */
    public List<ProcessorStatus> all() {
        long headPosition = head.position();
        List<TableSetState> registry = tables.all();
        Set<String> inactive = registry.stream().map(TableSetState::buildingProcessor).collect(Collectors.toSet());
        Map<String, TableSetState> byLiveProcessor = registry.stream()
                .collect(Collectors.toMap(TableSetState::activeProcessor, Function.identity()));
        return processing.eventProcessors().keySet().stream().filter(name -> !inactive.contains(name))
                .flatMap(name -> {
                    TableSetState state = byLiveProcessor.get(name);
                    return of(state == null ? name : state.readModel(), state, headPosition).stream();
                })
                .sorted(Comparator.comparing(ProcessorStatus::name)).toList();
    }

    public Optional<ProcessorStatus> of(String name) {
        return of(name, tables.registered(name).orElse(null), head.position());
    }

    /** {@code name}: a read model's, with its registry row, or that of a processor without one ({@code state} null). */
    private Optional<ProcessorStatus> of(String name, TableSetState state, long headPosition) {
        String live = state == null ? name : state.activeProcessor();
        return processing.eventProcessor(live, StreamingEventProcessor.class).map(processor -> {
            ProcessorProgress progress = cluster.of(live);
            // this instance's segments of it: the claim count and the state below read the same statuses
            Collection<EventTrackerStatus> here = processor.processingStatus().values();
            Long position = positionOf(progress, headPosition);
            Rebuild rebuild = state != null && state.rebuilding()
                    ? new Rebuild(state.building(), state.targetPosition(), state.startedAt()) : null;
            Long rebuilt = rebuild == null ? null : positionOf(cluster.of(state.buildingProcessor()), headPosition);
            List<SegmentClaim> bySegment = progress.segments().stream().map(this::claim).toList();
            return new ProcessorStatus(name, state(processor, here), position, headPosition,
                    position == null ? null : Math.max(0, headPosition - position),
                    rebuild != null, rebuild == null ? null : progressOf(rebuild, rebuilt),
                    new Segments((int) bySegment.stream().filter(segment -> segment.owner() != null).count(),
                            bySegment.size(), bySegment),
                    bySegment.stream().map(SegmentClaim::owner).filter(Objects::nonNull).distinct().sorted().toList(),
                    new ThisInstance(self.value(), here.size(), handledHere(name, state)),
                    state == null ? null : state.active(), rebuild);
        });
    }

    /**
     * How far a rebuild has got, 0..1: it starts before the first event and is done at its target, the head when
     * it started (it is reported until the switch, which may wait for more: ops.rebuild.RebuildSwitch).
     */
    private static double progressOf(Rebuild rebuild, Long rebuilt) {
        long target = rebuild.targetPosition();
        return target <= 0 ? 1.0 : Math.min(1.0, (double) (rebuilt == null ? 0 : rebuilt) / target);
    }

    /** By both of a read model's processors: the live one's events and a rebuild's replay of them. */
    private long handledHere(String name, TableSetState state) {
        return state == null ? commits.eventsHandled(name) : Arrays.stream(TableSet.values())
                .mapToLong(set -> commits.eventsHandled(set.processor(name))).sum();
    }

    private static Long positionOf(ProcessorProgress progress, long headPosition) {
        return progress.known() ? Math.max(0, progress.lowestTowards(headPosition)) : null;
    }

    private SegmentClaim claim(SegmentProgress segment) {
        long position = segment.position();
        return new SegmentClaim(segment.id(), segment.owner(), position < 0 ? null : position,
                self.value().equals(segment.owner()));
    }

    private static ProcessorState state(StreamingEventProcessor processor, Collection<EventTrackerStatus> here) {
        if (processor.isError() || here.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return ProcessorState.ERROR;
        }
        return processor.isRunning() ? ProcessorState.RUNNING : ProcessorState.SHUT_DOWN;
    }
}
