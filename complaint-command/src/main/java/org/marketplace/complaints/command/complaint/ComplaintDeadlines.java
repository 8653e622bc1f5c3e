package org.marketplace.complaints.command.complaint;

import org.axonframework.deadline.DeadlineManager;
import org.marketplace.complaints.api.EvidenceRequestId;

import java.time.Instant;
import java.util.List;

/**
 * The names and the scheduling of a complaint's persistent timers. Each is cancelled when the state it
 * guards ends; the handlers also check the state when one fires, because a cancellation can race with
 * a deadline that is already being triggered.
 */
final class ComplaintDeadlines {

    static final String SELLER_RESPONSE = "complaint-seller-response";
    static final String NEGOTIATION = "complaint-negotiation";
    static final String EVIDENCE = "complaint-evidence";
    static final String SETTLEMENT_FULFILMENT = "complaint-settlement-fulfilment";
    static final String RECONSIDERATION = "complaint-reconsideration";

    private static final List<String> ALL = List.of(SELLER_RESPONSE, NEGOTIATION, EVIDENCE, SETTLEMENT_FULFILMENT,
            RECONSIDERATION);

    private ComplaintDeadlines() {
    }

    static void scheduleSellerResponse(DeadlineManager deadlines, Instant dueBy) {
        deadlines.schedule(dueBy, SELLER_RESPONSE, DeadlineDue.at(dueBy));
    }

    /** The seller's first answer ends the response window and starts the negotiation window. */
    static void startNegotiation(DeadlineManager deadlines, Instant dueBy) {
        deadlines.cancelAllWithinScope(SELLER_RESPONSE);
        deadlines.schedule(dueBy, NEGOTIATION, DeadlineDue.at(dueBy));
    }

    /** An offer accepted before intervention ends the negotiation window and starts the fulfilment window. */
    static void startFulfilment(DeadlineManager deadlines, Instant dueBy) {
        deadlines.cancelAllWithinScope(NEGOTIATION);
        deadlines.schedule(dueBy, SETTLEMENT_FULFILMENT, DeadlineDue.at(dueBy));
    }

    /** A ruling ends every window of the case and opens the one for asking its reconsideration. */
    static void startReconsiderationWindow(DeadlineManager deadlines, Instant dueBy) {
        cancelAll(deadlines);
        deadlines.schedule(dueBy, RECONSIDERATION, DeadlineDue.at(dueBy));
    }

    static void scheduleEvidence(DeadlineManager deadlines, EvidenceRequestId request, Instant dueBy) {
        deadlines.schedule(dueBy, EVIDENCE, new DeadlineDue(dueBy, request));
    }

    static void cancel(DeadlineManager deadlines, String name) {
        deadlines.cancelAllWithinScope(name);
    }

    /** A terminal state ends every window. */
    static void cancelAll(DeadlineManager deadlines) {
        ALL.forEach(deadlines::cancelAllWithinScope);
    }
}
