package org.marketplace.complaints.query.ops.deadletters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.marketplace.complaints.query.ops.processors.UnknownProcessorException;
import org.springframework.stereotype.Component;

/**
 * The read models' dead-letter queues, for operators (HTTP and command line alike). A retry goes through
 * Axon's dead-letter processor of the processing group: the same handlers, a complaint's letters in order,
 * each evicted only once applied, so nothing is lost or reordered.
 */
@Component
public class DeadLetters {

    /** A listing stops here: a queue holds up to 1024 complaints of 1024 events each. */
    static final int MAX_LISTED_SEQUENCES = 100;
    /** Each round retries one complaint; a bound keeps a retry that keeps failing from running forever. */
    static final int MAX_ROUNDS = 1_000;

    private static final String QUEUE = "a dead-letter queue";

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every processor that keeps dead letters, by name. */
    public List<ProcessorDeadLetters> list() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(name -> processing.deadLetterQueue(name).isPresent()).map(this::of).toList();
    }

    public ProcessorDeadLetters of(String processor) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue(processor)
                .orElseThrow(() -> new UnknownProcessorException(processor, QUEUE));
        List<DeadLetteredSequence> sequences = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (sequences.size() == MAX_LISTED_SEQUENCES) {
                break;
            }
            sequences.add(sequenceOf(sequence));
        }
        long sequenceCount = queue.amountOfSequences();
        return new ProcessorDeadLetters(processor, sequenceCount, queue.size(), sequences,
                sequences.size() == sequenceCount);
    }

    /** Retries complaint after complaint until none is left that can be applied (or the bound is reached). */
    public RetryOutcome retry(String processor) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new UnknownProcessorException(processor, QUEUE));
        Map<String, DeadLetterView> before = byEvent(of(processor));
        int rounds = 0;
        while (rounds < MAX_ROUNDS && letters.processAny()) {
            rounds++;
        }
        ProcessorDeadLetters remaining = of(processor);
        byEvent(remaining).keySet().forEach(before::remove);
        return new RetryOutcome(processor, rounds, List.copyOf(before.values()), remaining);
    }

    private static DeadLetteredSequence sequenceOf(Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        List<DeadLetterView> letters = new ArrayList<>();
        String complaintId = null;
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
            DeadLetterView view = DeadLetterView.of(letter);
            complaintId = complaintId == null ? view.complaintId() : complaintId;
            letters.add(view);
        }
        return new DeadLetteredSequence(complaintId, letters);
    }

    private static Map<String, DeadLetterView> byEvent(ProcessorDeadLetters queue) {
        Map<String, DeadLetterView> views = new LinkedHashMap<>();
        queue.sequences().forEach(sequence -> sequence.letters().forEach(view -> views.put(view.eventIdentifier(), view)));
        return views;
    }
}
