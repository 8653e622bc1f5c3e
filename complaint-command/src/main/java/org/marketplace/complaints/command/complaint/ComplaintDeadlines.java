package org.marketplace.complaints.command.complaint;

import org.axonframework.deadline.DeadlineManager;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.EvidenceRequestId;

import java.time.Instant;
import java.util.List;

/**
 * The names and the scheduling of a complaint's persistent timers, for one command. Each is cancelled when the
 * state it guards ends; the handlers also check the state when one fires, because a cancellation can race with
 * a deadline that is already being triggered.
 * <p>
 * A cancel goes by the ids recorded in {@link DeadlineSchedules}: Axon's {@code cancelAllWithinScope} on
 * db-scheduler reads every complaint's deadlines to find this one's. Only a complaint filed before the ids were
 * recorded still takes that path.
 */
final class ComplaintDeadlines {

    static final String SELLER_RESPONSE = "complaint-seller-response";
    static final String NEGOTIATION = "complaint-negotiation";
    static final String EVIDENCE = "complaint-evidence";
    static final String SETTLEMENT_FULFILMENT = "complaint-settlement-fulfilment";
    static final String RECONSIDERATION = "complaint-reconsideration";

    static final List<String> ALL = List.of(SELLER_RESPONSE, NEGOTIATION, EVIDENCE, SETTLEMENT_FULFILMENT,
            RECONSIDERATION);

    private final DeadlineManager deadlines;
    private final DeadlineSchedules schedules;
    private final ComplaintId complaint;

    ComplaintDeadlines(DeadlineManager deadlines, DeadlineSchedules schedules, ComplaintId complaint) {
        this.deadlines = deadlines;
        this.schedules = schedules;
        this.complaint = complaint;
    }

    /** The filing: the complaint's first deadline, and the mark that all of its deadlines are recorded. */
    void scheduleSellerResponse(Instant dueBy) {
        schedules.recordAllAndScheduled(complaint, SELLER_RESPONSE, scheduleId(SELLER_RESPONSE, DeadlineDue.at(dueBy)));
    }

    /** The seller's first answer ends the response window and starts the negotiation window. */
    void startNegotiation(Instant dueBy) {
        cancel(SELLER_RESPONSE);
        schedule(NEGOTIATION, DeadlineDue.at(dueBy));
    }

    /** An offer accepted before intervention ends the negotiation window and starts the fulfilment window. */
    void startFulfilment(Instant dueBy) {
        cancel(NEGOTIATION);
        schedule(SETTLEMENT_FULFILMENT, DeadlineDue.at(dueBy));
    }

    /** A ruling ends every window of the case and opens the one for asking its reconsideration. */
    void startReconsiderationWindow(Instant dueBy) {
        cancelAll();
        schedule(RECONSIDERATION, DeadlineDue.at(dueBy));
    }

    void scheduleEvidence(EvidenceRequestId request, Instant dueBy) {
        schedule(EVIDENCE, new DeadlineDue(dueBy, request));
    }

    void cancel(String name) {
        cancel(List.of(name));
    }

    /** A terminal state ends every window. */
    void cancelAll() {
        cancel(ALL);
    }

    private void schedule(String name, DeadlineDue due) {
        schedules.scheduled(complaint, name, scheduleId(name, due));
    }

    private String scheduleId(String name, DeadlineDue due) {
        // the id comes back at once; the deadline manager writes the task itself when the command commits
        return deadlines.schedule(due.dueBy(), name, due);
    }

    private void cancel(List<String> names) {
        DeadlineSchedules.Pending pending = schedules.take(complaint, names);
        if (pending.allRecorded()) {
            pending.schedules().forEach(s -> deadlines.cancelSchedule(s.deadlineName(), s.scheduleId()));
            return;
        }
        // filed before the ids were recorded: some of its deadlines have none, only the scan finds them
        names.forEach(deadlines::cancelAllWithinScope);
        if (names.containsAll(ALL)) {
            // none of its deadlines is left, and whatever it schedules from here is recorded: no more scans
            schedules.recordAll(complaint);
        }
    }
}
