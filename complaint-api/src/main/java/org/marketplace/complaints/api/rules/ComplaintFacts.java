package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a complaint's history adds up to: its state and the sub-facts the rules look at. One fold over
 * the events, used by the aggregate to decide, by the read side to show and by auditors to replay.
 * Immutable: {@link #apply} answers a new instance. Read models keep it as JSON (its fields), so that what
 * they show is computed by the same rules from the same facts.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ComplaintFacts {

    private ComplaintId complaintId;
    private BuyerId buyerId;
    private SellerId sellerId;
    private OrderId orderId;
    private ComplaintCategory category;
    private ComplaintState state;
    private DeadlinePolicy deadlinePolicy;
    private Instant filedAt;
    private Instant updatedAt;
    private Instant sellerResponseDueBy;
    private Instant negotiationDueBy;
    // set only while an accepted settlement is being carried out; acceptances stored before it existed have none
    private Instant fulfilmentDueBy;
    private OpenOffer openOffer;
    private OfferId acceptedOffer;
    private PendingWithdrawal pendingWithdrawal;
    private OpenSuggestion suggestion;
    private ArbitratorId assignee;
    private InterventionReason interventionReason;
    private Instant intervenedAt;
    // the last time the assignee gave the case back; null in facts stored before cases could be released
    private Instant releasedAt;
    private OpenEvidenceRequest evidenceRequest;
    // the arbitrator whose ruling is in force: who ruled, or who revised it on reconsideration
    private ArbitratorId ruledBy;
    private Instant ruledAt;
    // Reconsideration (docs/rules.md, "Reconsideration of a ruling"); facts stored before it read back as a
    // ruling without a window (closed)
    private Instant reconsiderationDueBy;
    private PendingReconsideration reconsideration;
    private boolean reconsiderationUsed;
    private boolean rulingFinal;
    // Stalling guards: facts stored (as read-model JSON) before they existed read back as none
    private int withdrawalRequests;
    private Set<WithdrawalReason> rejectedWithdrawalReasons = Set.of();
    private long eventCount;

    /** The facts of a complaint that has not been filed. */
    public static ComplaintFacts none() {
        return new ComplaintFacts();
    }

    public static ComplaintFacts replay(Iterable<? extends ComplaintEvent> events) {
        ComplaintFacts facts = none();
        for (ComplaintEvent event : events) {
            facts = facts.apply(event);
        }
        return facts;
    }

    public ComplaintFacts apply(ComplaintEvent event) {
        ComplaintFacts next = copy();
        next.updatedAt = event.occurredAt();
        next.eventCount = eventCount + 1;
        next.fold(event);
        return next;
    }

    // Each branch only assigns fields; the rules live in ComplaintRules.
    private void fold(ComplaintEvent event) {
        if (event instanceof ComplaintFiled e) {
            complaintId = e.complaintId();
            buyerId = e.buyerId();
            sellerId = e.sellerId();
            orderId = e.orderId();
            category = e.category();
            deadlinePolicy = e.deadlinePolicy();
            filedAt = e.filedAt();
            sellerResponseDueBy = e.sellerResponseDueBy();
            state = ComplaintState.AWAITING_SELLER;
        } else if (event instanceof EvidenceSubmitted e) {
            // Evidence after the due time is kept, but no longer answers the request: it expires.
            if (evidenceRequest != null && !e.submittedAt().isAfter(evidenceRequest.dueBy())) {
                evidenceRequest = evidenceRequest.answeredBy(e.submittedBy().role());
            }
        } else if (event instanceof NegotiationStarted e) {
            state = ComplaintState.NEGOTIATING;
            sellerResponseDueBy = null;
            negotiationDueBy = e.negotiationDueBy();
        } else if (event instanceof SettlementOffered e) {
            openOffer = new OpenOffer(e.offerId(), e.terms(), e.offeredAt());
        } else if (event instanceof SettlementAccepted e) {
            acceptedOffer = e.offerId();
            openOffer = null;
        } else if (event instanceof SettlementFulfilmentStarted e) {
            negotiationDueBy = null;
            fulfilmentDueBy = e.fulfilmentDueBy();
        } else if (event instanceof ComplaintClosedAsSettled) {
            state = ComplaintState.SETTLED;
            pendingWithdrawal = null;
            closeOpenMatters();
        } else if (event instanceof SettlementDeclined) {
            openOffer = null;
        } else if (event instanceof WithdrawalRequested e) {
            pendingWithdrawal = new PendingWithdrawal(e.requestId(), e.reason(), e.exceptional(), e.note(), e.requestedAt());
            withdrawalRequests = withdrawalRequests + 1;
        } else if (event instanceof WithdrawalRequestRejected) {
            if (pendingWithdrawal != null) {
                rejectedWithdrawalReasons = with(rejectedWithdrawalReasons(), pendingWithdrawal.reason());
            }
            pendingWithdrawal = null;
        } else if (event instanceof WithdrawalRequestApproved) {
            pendingWithdrawal = null;
        } else if (event instanceof ComplaintWithdrawn) {
            state = ComplaintState.WITHDRAWN;
            closeOpenMatters();
            reconsideration = null;
        } else if (event instanceof PlatformIntervened e) {
            state = ComplaintState.PLATFORM_INTERVENED;
            interventionReason = e.reason();
            intervenedAt = e.intervenedAt();
            sellerResponseDueBy = null;
            negotiationDueBy = null;
            fulfilmentDueBy = null;
        } else if (event instanceof ArbitratorAssigned e) {
            assignee = e.arbitratorId();
        } else if (event instanceof ArbitratorReassigned e) {
            assignee = e.arbitratorId();
        } else if (event instanceof AssignmentReleased e) {
            assignee = null;
            releasedAt = e.releasedAt();
        } else if (event instanceof EvidenceRequested e) {
            evidenceRequest = OpenEvidenceRequest.of(e.evidenceRequestId(), e.from(), e.dueBy());
        } else if (event instanceof EvidenceRequestFulfilled || event instanceof EvidenceRequestExpired) {
            evidenceRequest = null;
        } else if (event instanceof WithdrawalSuggested e) {
            suggestion = new OpenSuggestion(e.rationale(), e.suggestedBy(), e.suggestedAt());
        } else if (event instanceof WithdrawalSuggestionDeclined) {
            suggestion = null;
        } else if (event instanceof ComplaintRuled e) {
            state = ComplaintState.RULED;
            ruledBy = e.arbitratorId();
            ruledAt = e.ruledAt();
            closeOpenMatters();
            reconsiderationDueBy = e.reconsiderationDueBy();
        } else if (event instanceof ReconsiderationRequested e) {
            // back to the queue: the ruling's arbitrator no longer has the case, and its waiting time starts now
            reconsideration = new PendingReconsideration(e.requestedBy().role(), e.requestedAt());
            reconsiderationUsed = true;
            reconsiderationDueBy = null;
            assignee = null;
            releasedAt = null;
        } else if (event instanceof RulingUpheld) {
            reconsideration = null;
        } else if (event instanceof RulingRevised e) {
            reconsideration = null;
            ruledBy = e.arbitratorId();
        } else if (event instanceof RulingBecameFinal) {
            rulingFinal = true;
            reconsiderationDueBy = null;
        }
        // SellerResponded changes no rule-relevant fact: NegotiationStarted follows it.
    }

    private static Set<WithdrawalReason> with(Set<WithdrawalReason> reasons, WithdrawalReason added) {
        Set<WithdrawalReason> next = EnumSet.of(added);
        next.addAll(reasons);
        return Set.copyOf(next);
    }

    private void closeOpenMatters() {
        sellerResponseDueBy = null;
        negotiationDueBy = null;
        fulfilmentDueBy = null;
        openOffer = null;
        suggestion = null;
        evidenceRequest = null;
        reconsiderationDueBy = null;
    }

    /** The next deadline the complaint runs against and whose move it waits for, or null. */
    public NextDeadline nextDeadline() {
        if (sellerResponseDueBy != null) {
            return new NextDeadline(DeadlineKind.SELLER_RESPONSE, sellerResponseDueBy, DeadlineParty.SELLER);
        }
        if (negotiationDueBy != null) {
            return new NextDeadline(DeadlineKind.NEGOTIATION, negotiationDueBy, DeadlineParty.BOTH_PARTIES);
        }
        if (fulfilmentDueBy != null) {
            return new NextDeadline(DeadlineKind.SETTLEMENT_FULFILMENT, fulfilmentDueBy, DeadlineParty.SELLER);
        }
        if (evidenceRequest != null && !evidenceRequest.awaiting().isEmpty()) {
            DeadlineParty party = evidenceRequest.awaiting().size() > 1 ? DeadlineParty.BOTH_PARTIES
                    : evidenceRequest.awaiting().contains(Role.BUYER) ? DeadlineParty.BUYER : DeadlineParty.SELLER;
            return new NextDeadline(DeadlineKind.EVIDENCE, evidenceRequest.dueBy(), party);
        }
        if (reconsiderationDueBy != null) {
            return new NextDeadline(DeadlineKind.RECONSIDERATION, reconsiderationDueBy, DeadlineParty.BOTH_PARTIES);
        }
        return null;
    }

    /**
     * Since when the case has waited in the queue for an arbitrator: from the intervention, or from its last
     * release (a released case starts waiting afresh); a reconsideration from its request. Null while someone has it
     * or outside arbitration.
     */
    public Instant awaitingAssignmentSince() {
        if (assignee != null) {
            return null;
        }
        if (state == ComplaintState.PLATFORM_INTERVENED) {
            return releasedAt != null ? releasedAt : intervenedAt;
        }
        if (state == ComplaintState.RULED && reconsideration != null) {
            return releasedAt != null ? releasedAt : reconsideration.requestedAt();
        }
        return null;
    }

    /** When a case waiting for an arbitrator becomes overdue (the filed assignment window); null when none waits. */
    public Instant assignmentDueBy() {
        Instant since = awaitingAssignmentSince();
        return since == null || deadlinePolicy == null ? null : since.plus(deadlinePolicy.assignment());
    }

    public boolean isFiled() {
        return state != null;
    }

    private ComplaintFacts copy() {
        ComplaintFacts c = new ComplaintFacts();
        c.complaintId = complaintId;
        c.buyerId = buyerId;
        c.sellerId = sellerId;
        c.orderId = orderId;
        c.category = category;
        c.state = state;
        c.deadlinePolicy = deadlinePolicy;
        c.filedAt = filedAt;
        c.updatedAt = updatedAt;
        c.sellerResponseDueBy = sellerResponseDueBy;
        c.negotiationDueBy = negotiationDueBy;
        c.fulfilmentDueBy = fulfilmentDueBy;
        c.openOffer = openOffer;
        c.acceptedOffer = acceptedOffer;
        c.pendingWithdrawal = pendingWithdrawal;
        c.suggestion = suggestion;
        c.assignee = assignee;
        c.interventionReason = interventionReason;
        c.intervenedAt = intervenedAt;
        c.releasedAt = releasedAt;
        c.evidenceRequest = evidenceRequest;
        c.ruledBy = ruledBy;
        c.ruledAt = ruledAt;
        c.reconsiderationDueBy = reconsiderationDueBy;
        c.reconsideration = reconsideration;
        c.reconsiderationUsed = reconsiderationUsed;
        c.rulingFinal = rulingFinal;
        c.withdrawalRequests = withdrawalRequests;
        c.rejectedWithdrawalReasons = rejectedWithdrawalReasons;
        c.eventCount = eventCount;
        return c;
    }

    public ComplaintId complaintId() { return complaintId; }
    public BuyerId buyerId() { return buyerId; }
    public SellerId sellerId() { return sellerId; }
    public OrderId orderId() { return orderId; }
    public ComplaintCategory category() { return category; }
    /** Null until filed. */
    public ComplaintState state() { return state; }
    public DeadlinePolicy deadlinePolicy() { return deadlinePolicy; }
    public Instant filedAt() { return filedAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant sellerResponseDueBy() { return sellerResponseDueBy; }
    public Instant negotiationDueBy() { return negotiationDueBy; }
    /** When the seller must have carried out the accepted settlement; null unless one is being carried out. */
    public Instant fulfilmentDueBy() { return fulfilmentDueBy; }
    /** An accepted settlement is being carried out: no new offers, the buyer withdraws or reports it unfulfilled. */
    public boolean isSettlementAgreed() { return fulfilmentDueBy != null; }
    public OpenOffer openOffer() { return openOffer; }
    public OfferId acceptedOffer() { return acceptedOffer; }
    public PendingWithdrawal pendingWithdrawal() { return pendingWithdrawal; }
    public OpenSuggestion suggestion() { return suggestion; }
    public ArbitratorId assignee() { return assignee; }
    public InterventionReason interventionReason() { return interventionReason; }
    public Instant intervenedAt() { return intervenedAt; }
    /** When the case was last released back to the queue, or null. */
    public Instant releasedAt() { return releasedAt; }
    public OpenEvidenceRequest evidenceRequest() { return evidenceRequest; }
    /** The arbitrator whose ruling is in force: who ruled, or who revised the ruling on reconsideration. */
    public ArbitratorId ruledBy() { return ruledBy; }
    public Instant ruledAt() { return ruledAt; }
    /** Until when a party may ask for the ruling's reconsideration; null once asked, final, or outside a ruling. */
    public Instant reconsiderationDueBy() { return reconsiderationDueBy; }
    /** The reconsideration waiting for an arbitrator's decision, or null. */
    public PendingReconsideration reconsideration() { return reconsideration; }
    /** A reconsideration was asked for (decided or not): there is never a second. */
    public boolean isReconsiderationUsed() { return reconsiderationUsed; }
    /** The ruling became final by an event: its window passed unused, or its reconsideration was decided. */
    public boolean isRulingFinal() { return rulingFinal; }
    /** How many withdrawal requests the buyer made, whatever became of them. */
    public int withdrawalRequests() { return withdrawalRequests; }
    /** The reasons of the withdrawal requests the platform rejected. */
    public Set<WithdrawalReason> rejectedWithdrawalReasons() {
        return rejectedWithdrawalReasons == null ? Set.of() : rejectedWithdrawalReasons;
    }
    /** How many events were folded: the stream length, so the version of the last event is this minus one. */
    public long eventCount() { return eventCount; }
}
