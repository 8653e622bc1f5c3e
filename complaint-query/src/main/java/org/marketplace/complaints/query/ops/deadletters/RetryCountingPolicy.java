package org.marketplace.complaints.query.ops.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * Axon's default decision (keep every failed event as a dead letter) that also counts, in the letter's
 * diagnostics, how often a retry failed again: Axon keeps no such count, and an operator needs it to tell
 * a letter that failed once from one that fails on every retry.
 */
final class RetryCountingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        return Decisions.enqueue(cause, failed -> failed.diagnostics().and(RETRIES, retriesAfter(failed)));
    }

    /**
     * A live failure hands over a new letter that already has its cause but no count: 0. A letter from the
     * queue has its count, or, when it was parked behind an earlier one, neither count nor cause: this try was
     * its first retry.
     */
    private static int retriesAfter(DeadLetter<?> letter) {
        if (letter.diagnostics().containsKey(RETRIES)) {
            return retries(letter.diagnostics()) + 1;
        }
        return letter.cause().isPresent() ? 0 : 1;
    }

    static int retries(MetaData diagnostics) {
        return diagnostics.get(RETRIES) instanceof Number count ? count.intValue() : 0;
    }
}
