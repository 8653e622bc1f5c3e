package org.marketplace.complaints.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.springframework.stereotype.Component;

/**
 * A complaint's history, read in order and replayed to any earlier point. Read through Axon's storage engine
 * (its readEvents, from the first event: the audit never starts from a snapshot), so that every upcaster
 * applies and old revisions reach the audit as the current event classes, as they reach the projections.
 */
@Component
class ComplaintHistory {

    private final EventStorageEngine storage;
    private final StoredEvents store;
    private final EventReading reading;

    ComplaintHistory(EventStorageEngine storage, StoredEvents store, EventReading reading) {
        this.storage = storage;
        this.store = store;
        this.reading = reading;
    }

    List<AuditedEvent> events(String complaintId) {
        List<? extends DomainEventMessage<?>> messages = messages(complaintId);
        // Axon's domain event stream carries no global position: the rows have it, by event identifier
        Map<String, Long> positions = store.positionsOf(complaintId);
        return messages.stream().map(message -> reading.audited(message,
                positions.getOrDefault(message.getIdentifier(), -1L))).toList();
    }

    /** The complaint at that instant: every event that had happened by then (stored at or before it). */
    ComplaintAtInstant at(String complaintId, Instant instant) {
        return replay(complaintId, messages(complaintId), instant,
                message -> !message.getTimestamp().isAfter(instant));
    }

    /** What the arbitrator of that decision on the ruling saw: the complaint at the stream version it records. */
    RulingBasis asDecidedOn(String complaintId, RulingDecision which) {
        List<? extends DomainEventMessage<?>> messages = messages(complaintId);
        RulingDecision.Decided decided = which.in(messages.stream().map(DomainEventMessage::getPayload).toList())
                .orElseThrow(() -> new AuditNotFoundException("complaint " + complaintId + " has no "
                        + (which == RulingDecision.RECONSIDERATION ? "decided reconsideration" : "ruling")));
        ComplaintAtInstant basis = replay(complaintId, messages, decided.at(),
                message -> message.getSequenceNumber() <= decided.onVersion());
        return new RulingBasis(complaintId, basis.asOf(), basis.version(), basis.facts(), decided.event(),
                decided.decidedBy());
    }

    private static ComplaintAtInstant replay(String complaintId, List<? extends DomainEventMessage<?>> messages,
                                             Instant asOf, Predicate<DomainEventMessage<?>> included) {
        ComplaintFacts facts = ComplaintFacts.none();
        long version = -1;
        for (DomainEventMessage<?> message : messages) {
            if (!included.test(message)) {
                break;
            }
            facts = facts.apply((ComplaintEvent) message.getPayload());
            version = message.getSequenceNumber();
        }
        if (!facts.isFiled()) {
            throw new AuditNotFoundException("complaint " + complaintId + " did not exist at " + asOf);
        }
        return new ComplaintAtInstant(complaintId, asOf, version, facts);
    }

    private List<? extends DomainEventMessage<?>> messages(String complaintId) {
        List<? extends DomainEventMessage<?>> messages = storage.readEvents(complaintId, 0).asStream().toList();
        if (messages.isEmpty()) {
            throw new AuditNotFoundException("no complaint " + complaintId);
        }
        return messages;
    }
}
