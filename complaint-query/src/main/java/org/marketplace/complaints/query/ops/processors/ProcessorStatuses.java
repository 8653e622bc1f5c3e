package org.marketplace.complaints.query.ops.processors;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.freshness.ProcessedPosition;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.Rebuild;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.Segments;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.springframework.stereotype.Component;

/** Every streaming event processor's status, from its segments' in-memory statuses and the table-set registry. */
@Component
public class ProcessorStatuses {

    private final EventProcessingConfiguration processing;
    private final EventStoreHead head;
    private final ReadModelTables tables;

    ProcessorStatuses(EventProcessingConfiguration processing, EventStoreHead head, ReadModelTables tables) {
        this.processing = processing;
        this.head = head;
        this.tables = tables;
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
            Collection<EventTrackerStatus> segments = processor.processingStatus().values();
            Long position = ProcessedPosition.coversAllSegments(segments)
                    ? segments.stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0) : null;
            boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
            TableSetState state = tables.isRegistered(name) ? tables.state(name) : null;
            Rebuild rebuild = state != null && state.rebuilding()
                    ? new Rebuild(state.building(), state.targetPosition(), state.startedAt()) : null;
            return new ProcessorStatus(name, state(processor, segments), position, headPosition,
                    position == null ? null : Math.max(0, headPosition - position), replaying,
                    ReplayProgress.of(segments, position, rebuild), new Segments(segments.size(), total(name)),
                    state == null ? null : state.active(), rebuild);
        });
    }

    private static ProcessorState state(StreamingEventProcessor processor, Collection<EventTrackerStatus> segments) {
        if (processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return ProcessorState.ERROR;
        }
        return processor.isRunning() ? ProcessorState.RUNNING : ProcessorState.SHUT_DOWN;
    }

    /** From the token store, which lists a processor's segments whoever claims them. */
    private int total(String name) {
        return processing.transactionManager(name)
                .fetchInTransaction(() -> processing.tokenStore(name).fetchSegments(name).length);
    }
}
