package org.marketplace.complaints.command.complaint;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.command.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.*;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.*;

/**
 * A buyer's complaint against a seller, event-sourced. Every guard asks {@link ComplaintRules}, the same
 * rule function the read side shows; the state is the {@link ComplaintFacts} fold of its own events.
 */
@Aggregate
public class Complaint {

    @AggregateIdentifier
    private ComplaintId complaintId;
    private ComplaintFacts facts = ComplaintFacts.none();

    protected Complaint() {
        // for Axon: an empty complaint that its events (or a filing) bring to life
    }

    /** The key's own history decides: open, withdrawn or ruled complaints block a new filing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FileComplaint c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        ComplaintRules.filing(facts).orThrow(facts);
        if (!c.targetsItsKey()) {
            // a filing aimed at an earlier spelling's complaint is only ever refused by that complaint's history
            throw new IllegalArgumentException("a new complaint is only filed under the id its key derives to");
        }
        Instant dueBy = c.requestedAt().plus(c.deadlinePolicy().sellerResponse());
        apply(new ComplaintFiled(c.complaintId(), c.buyerId(), c.orderId(), c.sellerId(), c.category(),
                c.description(), c.evidence(), c.deadlinePolicy(), c.requestedAt(), dueBy));
        new ComplaintDeadlines(deadlines, schedules, c.complaintId()).scheduleSellerResponse(dueBy);
    }

    @CommandHandler
    public void handle(SubmitEvidence c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.ADD_EVIDENCE);
        apply(new EvidenceSubmitted(complaintId, c.actor(), c.evidence(), c.requestedAt()));
        OpenEvidenceRequest request = facts.evidenceRequest();
        if (request != null && request.awaiting().isEmpty()) {
            apply(new EvidenceRequestFulfilled(complaintId, request.requestId(), c.requestedAt()));
            deadlines(deadlines, schedules).cancel(EVIDENCE);
        }
    }

    @CommandHandler
    public void handle(RespondToComplaint c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.RESPOND);
        apply(new SellerResponded(complaintId, facts.sellerId(), c.position(), c.statement(), c.evidence(),
                c.requestedAt()));
        startNegotiation(c.requestedAt(), deadlines(deadlines, schedules));
    }

    /** An offer also counts as the seller's response. */
    @CommandHandler
    public void handle(OfferSettlement c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.OFFER_SETTLEMENT);
        boolean firstAnswer = facts.state() == ComplaintState.AWAITING_SELLER;
        apply(new SettlementOffered(complaintId, c.offerId(), c.terms(), c.note(), c.requestedAt()));
        if (firstAnswer) {
            startNegotiation(c.requestedAt(), deadlines(deadlines, schedules));
        }
    }

    /** Accepted before the platform intervened, the seller now carries the settlement out within its window. */
    @CommandHandler
    public void handle(AcceptSettlementOffer c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.ACCEPT_OFFER);
        requireOpenOffer(c.offerId());
        boolean beforeIntervention = facts.state().isBeforeIntervention();
        apply(new SettlementAccepted(complaintId, c.offerId(), c.requestedAt()));
        if (beforeIntervention) {
            Instant dueBy = c.requestedAt().plus(facts.deadlinePolicy().settlementFulfilment());
            apply(new SettlementFulfilmentStarted(complaintId, c.offerId(), c.requestedAt(), dueBy));
            deadlines(deadlines, schedules).startFulfilment(dueBy);
        }
    }

    /** The evidence goes in first, so that the intervention finds the case complete. */
    @CommandHandler
    public void handle(ReportSettlementUnfulfilled c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.REPORT_SETTLEMENT_UNFULFILLED);
        if (!c.evidence().isEmpty()) {
            apply(new EvidenceSubmitted(complaintId, c.actor(), c.evidence(), c.requestedAt()));
        }
        apply(new PlatformIntervened(complaintId, InterventionReason.SETTLEMENT_UNFULFILLED, c.actor(), c.note(),
                c.requestedAt()));
        deadlines(deadlines, schedules).cancel(SETTLEMENT_FULFILMENT);
    }

    @CommandHandler
    public void handle(DeclineSettlementOffer c) {
        decide(c, Action.DECLINE_OFFER);
        requireOpenOffer(c.offerId());
        apply(new SettlementDeclined(complaintId, c.offerId(), c.note(), c.requestedAt()));
    }

    /** Withdrawn at once where the rules say DIRECT; otherwise a request that the platform reviews. */
    @CommandHandler
    public WithdrawalResult handle(WithdrawComplaint c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        WithdrawalMode mode = ComplaintRules.withdrawal(facts, c.actor(), c.reason()).orThrow(facts).mode();
        boolean hasNote = c.note() != null && !c.note().isBlank();
        ComplaintRules.withdrawalInput(facts, c.reason(), mode, hasNote, !c.evidence().isEmpty()).orThrow(facts);
        if (mode == WithdrawalMode.DIRECT) {
            apply(new ComplaintWithdrawn(complaintId, c.reason(), mode, c.note(), null, c.requestedAt()));
            deadlines(deadlines, schedules).cancelAll();
            return WithdrawalResult.withdrawn();
        }
        apply(new WithdrawalRequested(complaintId, c.requestId(), c.reason(), c.note(), c.evidence(),
                mode == WithdrawalMode.EXCEPTIONAL, c.requestedAt()));
        return WithdrawalResult.pendingReview(c.requestId());
    }

    @CommandHandler
    public void handle(RequestIntervention c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.REQUEST_INTERVENTION);
        InterventionReason reason = c.actor().role() == Role.BUYER
                ? InterventionReason.REQUESTED_BY_BUYER : InterventionReason.REQUESTED_BY_SELLER;
        apply(new PlatformIntervened(complaintId, reason, c.actor(), c.note(), c.requestedAt()));
        deadlines(deadlines, schedules).cancel(NEGOTIATION);
    }

    /** An arbitrator takes a case nobody has; naming anyone but themselves is a supervisor's step. */
    @CommandHandler
    public void handle(AssignArbitrator c) {
        decide(c, Action.TAKE);
        ComplaintRules.assignment(facts, c.actor(), c.arbitratorId()).orThrow(facts);
        apply(new ArbitratorAssigned(complaintId, c.arbitratorId(), c.actor(), c.requestedAt()));
    }

    @CommandHandler
    public void handle(ReassignArbitrator c) {
        decide(c, Action.REASSIGN);
        ComplaintRules.assignment(facts, c.actor(), c.arbitratorId()).orThrow(facts);
        apply(new ArbitratorReassigned(complaintId, c.arbitratorId(), facts.assignee(), c.actor(), c.requestedAt()));
    }

    /** Back to the queue: the case waits for an arbitrator again, its assignment window counted from now. */
    @CommandHandler
    public void handle(ReleaseAssignment c) {
        decide(c, Action.RELEASE);
        apply(new AssignmentReleased(complaintId, facts.assignee(), c.actor(), c.requestedAt()));
    }

    @CommandHandler
    public void handle(RequestEvidence c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.REQUEST_EVIDENCE);
        Instant dueBy = c.dueBy() != null ? c.dueBy() : c.requestedAt().plus(facts.deadlinePolicy().evidence());
        apply(new EvidenceRequested(complaintId, c.evidenceRequestId(), c.from(), c.note(), arbitrator(c),
                c.requestedAt(), dueBy));
        deadlines(deadlines, schedules).scheduleEvidence(c.evidenceRequestId(), dueBy);
    }

    @CommandHandler
    public void handle(SuggestWithdrawal c) {
        decide(c, Action.SUGGEST_WITHDRAWAL);
        apply(new WithdrawalSuggested(complaintId, arbitrator(c), c.rationale(), c.requestedAt()));
    }

    @CommandHandler
    public void handle(DeclineWithdrawalSuggestion c) {
        decide(c, Action.DECLINE_WITHDRAWAL_SUGGESTION);
        apply(new WithdrawalSuggestionDeclined(complaintId, c.note(), c.requestedAt()));
    }

    @CommandHandler
    public void handle(DecideWithdrawalRequest c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.REVIEW_WITHDRAWAL);
        PendingWithdrawal pending = facts.pendingWithdrawal();
        if (!pending.requestId().equals(c.requestId())) {
            throw violation(RuleCode.NO_PENDING_WITHDRAWAL, "request " + c.requestId() + " is not pending");
        }
        if (!c.approve()) {
            apply(new WithdrawalRequestRejected(complaintId, c.requestId(), arbitrator(c), c.note(), c.requestedAt()));
            return;
        }
        apply(new WithdrawalRequestApproved(complaintId, c.requestId(), arbitrator(c), c.note(), c.requestedAt()));
        WithdrawalMode mode = pending.exceptional() ? WithdrawalMode.EXCEPTIONAL : WithdrawalMode.REVIEW;
        apply(new ComplaintWithdrawn(complaintId, pending.reason(), mode, pending.note(), c.requestId(),
                c.requestedAt()));
        deadlines(deadlines, schedules).cancelAll();
    }

    /**
     * Records the stream version ruled on, so that an auditor can rebuild exactly what the arbitrator saw. The
     * ruling opens the reconsideration window.
     */
    @CommandHandler
    public void handle(IssueRuling c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.RULE);
        Instant reconsiderationDueBy = c.requestedAt().plus(facts.deadlinePolicy().reconsideration());
        apply(new ComplaintRuled(complaintId, arbitrator(c), c.outcome(), c.remedy(), c.rationale(),
                AggregateLifecycle.getVersion(), c.requestedAt(), reconsiderationDueBy));
        deadlines(deadlines, schedules).startReconsiderationWindow(reconsiderationDueBy);
    }

    /** The window stops: the case waits in the queue for an arbitrator other than the one who ruled. */
    @CommandHandler
    public void handle(RequestReconsideration c, DeadlineManager deadlines, DeadlineSchedules schedules) {
        decide(c, Action.REQUEST_RECONSIDERATION);
        ComplaintRules.reconsiderationInput(!c.evidence().isEmpty()).orThrow(facts);
        apply(new ReconsiderationRequested(complaintId, c.actor(), c.statement(), c.evidence(), c.requestedAt()));
        deadlines(deadlines, schedules).cancel(RECONSIDERATION);
    }

    /** Upheld or revised, the decided reconsideration makes the ruling final; the version decided on is recorded. */
    @CommandHandler
    public void handle(DecideReconsideration c) {
        decide(c, Action.DECIDE_RECONSIDERATION);
        long version = AggregateLifecycle.getVersion();
        if (c.uphold()) {
            apply(new RulingUpheld(complaintId, arbitrator(c), c.note(), version, c.requestedAt()));
        } else {
            apply(new RulingRevised(complaintId, arbitrator(c), c.outcome(), c.remedy(), c.rationale(), version,
                    c.requestedAt()));
        }
        apply(new RulingBecameFinal(complaintId, null, c.requestedAt()));
    }

    @DeadlineHandler(deadlineName = SELLER_RESPONSE)
    public void onSellerResponseDeadline(DeadlineDue due, DeadlineSchedules schedules) {
        schedules.fired(complaintId, SELLER_RESPONSE);
        if (facts.state() == ComplaintState.AWAITING_SELLER) {
            apply(new PlatformIntervened(complaintId, InterventionReason.SELLER_NO_RESPONSE, null, null, due.dueBy()));
        }
    }

    /**
     * Escalate, never silently close: the platform takes over a negotiation that ran out of time. An agreed
     * settlement ended the negotiation; a timer racing with its cancellation must not escalate it.
     */
    @DeadlineHandler(deadlineName = NEGOTIATION)
    public void onNegotiationDeadline(DeadlineDue due, DeadlineSchedules schedules) {
        schedules.fired(complaintId, NEGOTIATION);
        if (facts.state() == ComplaintState.NEGOTIATING && !facts.isSettlementAgreed()) {
            apply(new PlatformIntervened(complaintId, InterventionReason.NEGOTIATION_TIMEOUT, null, null, due.dueBy()));
        }
    }

    /** Neither withdrawn nor reported unfulfilled within the window: the settlement stands, the case closes. */
    @DeadlineHandler(deadlineName = SETTLEMENT_FULFILMENT)
    public void onSettlementFulfilmentDeadline(DeadlineDue due, DeadlineSchedules schedules) {
        schedules.fired(complaintId, SETTLEMENT_FULFILMENT);
        if (facts.state() == ComplaintState.NEGOTIATING && facts.isSettlementAgreed()) {
            apply(new ComplaintClosedAsSettled(complaintId, facts.acceptedOffer(), DeadlineKind.SETTLEMENT_FULFILMENT,
                    due.dueBy()));
        }
    }

    /** Nobody asked in time: the ruling is final. A request racing with the timer has already stopped the window. */
    @DeadlineHandler(deadlineName = RECONSIDERATION)
    public void onReconsiderationDeadline(DeadlineDue due, DeadlineSchedules schedules) {
        schedules.fired(complaintId, RECONSIDERATION);
        if (facts.state() == ComplaintState.RULED && !facts.isRulingFinal() && !facts.isReconsiderationUsed()) {
            apply(new RulingBecameFinal(complaintId, DeadlineKind.RECONSIDERATION, due.dueBy()));
        }
    }

    @DeadlineHandler(deadlineName = EVIDENCE)
    public void onEvidenceDeadline(DeadlineDue due, DeadlineSchedules schedules) {
        schedules.fired(complaintId, EVIDENCE);
        OpenEvidenceRequest request = facts.evidenceRequest();
        if (request != null && request.requestId().equals(due.evidenceRequestId())) {
            List<Role> missing = request.awaiting().stream().sorted().toList();
            apply(new EvidenceRequestExpired(complaintId, request.requestId(), missing, due.dueBy()));
        }
    }

    @EventSourcingHandler
    void on(ComplaintEvent event) {
        complaintId = event.complaintId();
        facts = facts.apply(event);
    }

    private void startNegotiation(Instant at, ComplaintDeadlines deadlines) {
        Instant dueBy = at.plus(facts.deadlinePolicy().negotiation());
        apply(new NegotiationStarted(complaintId, at, dueBy));
        deadlines.startNegotiation(dueBy);
    }

    private ComplaintDeadlines deadlines(DeadlineManager deadlines, DeadlineSchedules schedules) {
        return new ComplaintDeadlines(deadlines, schedules, complaintId);
    }

    private void decide(ComplaintCommand c, Action action) {
        ComplaintRules.decide(facts, c.actor(), action, c.requestedAt()).orThrow(facts);
    }

    private void requireOpenOffer(OfferId offerId) {
        if (!facts.openOffer().offerId().equals(offerId)) {
            throw violation(RuleCode.NO_OPEN_OFFER, "offer " + offerId + " is not the open offer");
        }
    }

    private ComplaintRuleViolation violation(RuleCode code, String message) {
        return new ComplaintRuleViolation(code, message, facts.state(), complaintId);
    }

    private static ArbitratorId arbitrator(ComplaintCommand c) {
        return new ArbitratorId(c.actor().id());
    }
}
