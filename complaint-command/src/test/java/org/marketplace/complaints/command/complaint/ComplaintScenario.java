package org.marketplace.complaints.command.complaint;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.rules.PendingWithdrawal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;

/**
 * The event history of a complaint in a given state, built step by step as the aggregate would have
 * recorded it (one minute apart), so that a test reads as its story: filed, answered, intervened…
 */
final class ComplaintScenario {

    private final String name;
    private final Instant filedAt;
    private final List<ComplaintEvent> events;

    private ComplaintScenario(String name, Instant filedAt, List<ComplaintEvent> events) {
        this.name = name;
        this.filedAt = filedAt;
        this.events = events;
    }

    static ComplaintScenario aFiledComplaint(Instant filedAt) {
        return new ComplaintScenario("filed", filedAt, new ArrayList<>()).with(
                new ComplaintFiled(COMPLAINT_ID, BUYER_ID, ORDER_ID, SELLER_ID, CATEGORY, DESCRIPTION, photo(),
                        POLICY, filedAt, filedAt.plus(POLICY.sellerResponse())));
    }

    ComplaintScenario respondedBySeller() {
        Instant at = next();
        return named("responded").with(new SellerResponded(COMPLAINT_ID, SELLER_ID, SellerPosition.DISPUTE,
                "货物出库时完好", List.of(), at)).negotiationFrom(at);
    }

    /** An offer as the seller's first answer also starts the negotiation. */
    ComplaintScenario withOpenOffer() {
        Instant at = next();
        boolean firstAnswer = facts().state() == ComplaintState.AWAITING_SELLER;
        ComplaintScenario s = named("open offer").with(
                new SettlementOffered(COMPLAINT_ID, OFFER_ID, PARTIAL_REFUND, null, at));
        return firstAnswer ? s.negotiationFrom(at) : s;
    }

    /** Accepted before intervention: the fulfilment window starts at once. */
    ComplaintScenario withAcceptedOffer() {
        ComplaintScenario accepted = withOfferAcceptedBeforeFulfilmentWindows().named("accepted offer");
        Instant at = accepted.events.get(accepted.events.size() - 1).occurredAt();
        return accepted.with(new SettlementFulfilmentStarted(COMPLAINT_ID, OFFER_ID, at,
                at.plus(POLICY.settlementFulfilment())));
    }

    /** An acceptance as stored before fulfilment windows existed: no window started, negotiation still runs. */
    ComplaintScenario withOfferAcceptedBeforeFulfilmentWindows() {
        return withOpenOffer().named("accepted offer, stored before fulfilment windows")
                .with(new SettlementAccepted(COMPLAINT_ID, OFFER_ID, next()));
    }

    ComplaintScenario closedAsSettled() {
        return named("closed as settled").with(new ComplaintClosedAsSettled(COMPLAINT_ID, OFFER_ID,
                DeadlineKind.SETTLEMENT_FULFILMENT, facts().fulfilmentDueBy()));
    }

    ComplaintScenario withDeclinedOffer() {
        return withOpenOffer().named("declined offer")
                .with(new SettlementDeclined(COMPLAINT_ID, OFFER_ID, "太少", next()));
    }

    /** A request for review; exceptional (with new evidence) once the complaint was ruled. */
    ComplaintScenario withPendingWithdrawal(WithdrawalReason reason) {
        boolean exceptional = facts().state() == ComplaintState.RULED;
        return named(exceptional ? "pending exceptional request" : "pending request").with(new WithdrawalRequested(
                COMPLAINT_ID, REQUEST_ID, reason, "误会一场", exceptional ? chatLog() : List.of(), exceptional, next()));
    }

    ComplaintScenario withPendingWithdrawal() {
        return withPendingWithdrawal(WithdrawalReason.MISUNDERSTANDING);
    }

    ComplaintScenario withRejectedWithdrawal() {
        return withRejectedWithdrawal(WithdrawalReason.MISUNDERSTANDING);
    }

    ComplaintScenario withRejectedWithdrawal(WithdrawalReason reason) {
        return withPendingWithdrawal(reason).named("rejected " + reason + " request").with(
                new WithdrawalRequestRejected(COMPLAINT_ID, REQUEST_ID, reviewer(), "证据充分", next()));
    }

    ComplaintScenario withApprovedWithdrawal() {
        Instant at = next();
        PendingWithdrawal pending = facts().pendingWithdrawal();
        WithdrawalMode mode = pending.exceptional() ? WithdrawalMode.EXCEPTIONAL : WithdrawalMode.REVIEW;
        return named("withdrawn after review")
                .with(new WithdrawalRequestApproved(COMPLAINT_ID, REQUEST_ID, reviewer(), "同意", at))
                .with(new ComplaintWithdrawn(COMPLAINT_ID, pending.reason(), mode, pending.note(), REQUEST_ID, at));
    }

    ComplaintScenario intervened(InterventionReason reason) {
        Actor by = switch (reason) {
            case REQUESTED_BY_BUYER, SETTLEMENT_UNFULFILLED -> BUYER;
            case REQUESTED_BY_SELLER -> SELLER;
            default -> null;
        };
        return named("intervened " + reason).with(new PlatformIntervened(COMPLAINT_ID, reason, by, null, next()));
    }

    ComplaintScenario assignedTo(ArbitratorId arbitrator) {
        return named("assigned to " + arbitrator).with(
                new ArbitratorAssigned(COMPLAINT_ID, arbitrator, Actor.arbitrator(arbitrator), next()));
    }

    ComplaintScenario reassignedTo(ArbitratorId arbitrator) {
        return named("reassigned to " + arbitrator).with(new ArbitratorReassigned(COMPLAINT_ID, arbitrator,
                facts().assignee(), SUPERVISOR, next()));
    }

    ComplaintScenario released() {
        ArbitratorId assignee = facts().assignee();
        return named("released by " + assignee).with(
                new AssignmentReleased(COMPLAINT_ID, assignee, Actor.arbitrator(assignee), next()));
    }

    ComplaintScenario withSuggestion() {
        return named("open suggestion").with(
                new WithdrawalSuggested(COMPLAINT_ID, facts().assignee(), "未发现卖家违规", next()));
    }

    ComplaintScenario withDeclinedSuggestion() {
        return withSuggestion().named("declined suggestion")
                .with(new WithdrawalSuggestionDeclined(COMPLAINT_ID, "我坚持投诉", next()));
    }

    ComplaintScenario withEvidenceRequest(EvidenceParty from) {
        Instant at = next();
        return named("evidence request from " + from).with(new EvidenceRequested(COMPLAINT_ID, EVIDENCE_REQUEST_ID,
                from, "请补充物流信息", facts().assignee(), at, at.plus(POLICY.evidence())));
    }

    /** Ruled on the stream as it stood: the version is the sequence number of the last event so far. */
    ComplaintScenario ruledBy(ArbitratorId arbitrator) {
        Instant at = next();
        return named("ruled by " + arbitrator).with(new ComplaintRuled(COMPLAINT_ID, arbitrator,
                RulingOutcome.BUYER_FAVOURED, FULL_REFUND, "商品存在质量问题", events.size() - 1L, at,
                at.plus(POLICY.reconsideration())));
    }

    ComplaintScenario reconsiderationRequestedBy(Actor party) {
        return named("reconsideration asked by " + party.role()).with(new ReconsiderationRequested(COMPLAINT_ID, party,
                "物流记录证明签收前已损坏", chatLog(), next()));
    }

    ComplaintScenario rulingFinal() {
        return named("ruling final").with(new RulingBecameFinal(COMPLAINT_ID, DeadlineKind.RECONSIDERATION,
                facts().reconsiderationDueBy()));
    }

    ComplaintScenario withdrawn() {
        return named("withdrawn").with(new ComplaintWithdrawn(COMPLAINT_ID, WithdrawalReason.SETTLED,
                WithdrawalMode.DIRECT, "已线下退款", null, next()));
    }

    ComplaintScenario named(String newName) {
        return new ComplaintScenario(newName, filedAt, events);
    }

    List<ComplaintEvent> events() {
        return List.copyOf(events);
    }

    ComplaintFacts facts() {
        return ComplaintFacts.replay(events);
    }

    /** The sequence number of the last event: the aggregate's version. */
    long version() {
        return events.size() - 1L;
    }

    Instant filedAt() {
        return filedAt;
    }

    @Override
    public String toString() {
        return name;
    }

    private ComplaintScenario negotiationFrom(Instant at) {
        return with(new NegotiationStarted(COMPLAINT_ID, at, at.plus(POLICY.negotiation())));
    }

    private ComplaintScenario with(ComplaintEvent event) {
        List<ComplaintEvent> more = new ArrayList<>(events);
        more.add(event);
        return new ComplaintScenario(name, filedAt, more);
    }

    /** An arbitrator who may review: the assignee, or after a ruling one who did not rule. */
    private ArbitratorId reviewer() {
        ComplaintFacts facts = facts();
        if (facts.ruledBy() != null) {
            return facts.ruledBy().equals(ARBITER_1) ? ARBITER_2 : ARBITER_1;
        }
        return facts.assignee() != null ? facts.assignee() : ARBITER_1;
    }

    private Instant next() {
        return filedAt.plus(Duration.ofMinutes(events.size()));
    }
}
