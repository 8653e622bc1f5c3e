package org.marketplace.complaints.query.ops.deadletters;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;

/**
 * One event a projection could not apply, or one parked behind it: which event, why it failed (no cause for a
 * parked one), since when, and how many retries failed. {@code eventIdentifier} tells letters apart.
 */
public record DeadLetterView(String eventIdentifier, String eventType, String complaintId, Long sequenceNumber,
                             Long globalPosition, String causeType, String causeMessage, Instant enqueuedAt,
                             Instant lastTouched, int retries) {

    static DeadLetterView of(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent()
                ? tracked.trackingToken().position().getAsLong() : null;
        Cause cause = letter.cause().orElse(null);
        return new DeadLetterView(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), position,
                cause == null ? null : cause.type(), cause == null ? null : cause.message(),
                letter.enqueuedAt(), letter.lastTouched(), RetryCountingPolicy.retries(letter.diagnostics()));
    }
}
