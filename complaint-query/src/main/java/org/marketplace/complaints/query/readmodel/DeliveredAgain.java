package org.marketplace.complaints.query.readmodel;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The events of a batch that its read model had folded in already, as FoldedFacts found them. Axon's pooled
 * processor delivers an event again now and then: when a coordinator claims a segment whose token is behind
 * its stream, it reopens the stream lower, and a work package whose token still has a gap (an event committed
 * late, common on PostgreSQL) takes the gap's event and then the ones after it that it handled already. The
 * fold skips them, so nothing is projected twice; counting them lets the processors view count each event once.
 */
public final class DeliveredAgain {

    private static final String KEY = DeliveredAgain.class.getName();

    private DeliveredAgain() {
    }

    static void note(UnitOfWork<?> unitOfWork) {
        unitOfWork.root().getOrComputeResource(KEY, key -> new AtomicInteger()).incrementAndGet();
    }

    /** How many of the unit of work's events had been folded in before. */
    public static int in(UnitOfWork<?> unitOfWork) {
        AtomicInteger count = unitOfWork.root().getResource(KEY);
        return count == null ? 0 : count.get();
    }
}
