package org.marketplace.complaints.query.detail;

import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Instant;
import java.util.List;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;

/** The steps of the lifecycle, each recorded with the events and the actor the command side would record. */
public class ComplaintSteps extends ComplaintStory {

    ComplaintSteps(OrderId order, ComplaintCategory category, Instant filedAt, DeadlinePolicy policy) {
        super(order, category, filedAt, policy);
    }

    public ComplaintSteps sellerResponded() {
        add(SELLER.toString(), new SellerResponded(id(), SELLER_ID, SellerPosition.DISPUTE, "商品出厂前完好。",
                List.of(new EvidenceItem(EvidenceKind.LOGISTICS, "file:waybill-1", null)), tick()));
        return negotiationStarted(SELLER.toString());
    }

    /** An offer; as the seller's first answer it also opens the negotiation. */
    public ComplaintSteps settlementOffered(OfferType type, Long amountFen) {
        boolean firstAnswer = facts().state() == ComplaintState.AWAITING_SELLER;
        add(SELLER.toString(), new SettlementOffered(id(), new OfferId("offer-" + next()),
                new SettlementTerms(type, amountFen), "退一半货款", tick()));
        return firstAnswer ? negotiationStarted(SELLER.toString()) : this;
    }

    public ComplaintSteps offerAccepted() {
        return step(BUYER, new SettlementAccepted(id(), facts().openOffer().offerId(), tick()));
    }

    /** Accepted before intervention, as the command side records it now: the fulfilment window starts. */
    public ComplaintSteps settlementAgreed() {
        OfferId offer = facts().openOffer().offerId();
        step(BUYER, new SettlementAccepted(id(), offer, tick()));
        return step(BUYER, new SettlementFulfilmentStarted(id(), offer, now(),
                now().plus(facts().deadlinePolicy().settlementFulfilment())));
    }

    /** The fulfilment window passed: the system closed the complaint as settled when it was due. */
    public ComplaintSteps closedAsSettled() {
        Instant due = facts().fulfilmentDueBy();
        add(DEADLINE, new ComplaintClosedAsSettled(id(), facts().acceptedOffer(), DeadlineKind.SETTLEMENT_FULFILMENT, due));
        return this;
    }

    public ComplaintSteps offerDeclined() {
        return step(BUYER, new SettlementDeclined(id(), facts().openOffer().offerId(), "金额太少", tick()));
    }

    /** A request for review; after a ruling it is exceptional and carries new evidence. */
    public ComplaintSteps withdrawalRequested(WithdrawalReason reason) {
        boolean exceptional = facts().state() == ComplaintState.RULED;
        return step(BUYER, new WithdrawalRequested(id(), new WithdrawalRequestId("request-" + next()), reason,
                "我想撤销投诉", exceptional ? List.of(new EvidenceItem(EvidenceKind.CHAT_LOG, "file:chat-2", "新证据"))
                : List.of(), exceptional, tick()));
    }

    public ComplaintSteps withdrawalApprovedBy(ArbitratorId arbitrator) {
        var pending = facts().pendingWithdrawal();
        step(Actor.arbitrator(arbitrator), new WithdrawalRequestApproved(id(), pending.requestId(), arbitrator,
                "同意撤销", tick()));
        WithdrawalMode mode = pending.exceptional() ? WithdrawalMode.EXCEPTIONAL : WithdrawalMode.REVIEW;
        return step(Actor.arbitrator(arbitrator), new ComplaintWithdrawn(id(), pending.reason(), mode, pending.note(),
                pending.requestId(), now()));
    }

    public ComplaintSteps withdrawalRejectedBy(ArbitratorId arbitrator) {
        return step(Actor.arbitrator(arbitrator), new WithdrawalRequestRejected(id(),
                facts().pendingWithdrawal().requestId(), arbitrator, "不同意", tick()));
    }

    /** The buyer follows the platform's open suggestion. */
    public ComplaintSteps withdrawnAsSuggested() {
        return step(BUYER, new ComplaintWithdrawn(id(), WithdrawalReason.PLATFORM_SUGGESTED, WithdrawalMode.DIRECT,
                null, null, tick()));
    }

    public ComplaintSteps withdrawnDirectly() {
        return step(BUYER, new ComplaintWithdrawn(id(), WithdrawalReason.SETTLED, WithdrawalMode.DIRECT, "双方已和解",
                null, tick()));
    }

    /** On a party's request the event and the metadata name it, with the party's note; on a deadline the system acted. */
    public ComplaintSteps intervened(InterventionReason reason) {
        Actor by = reason == InterventionReason.REQUESTED_BY_BUYER || reason == InterventionReason.SETTLEMENT_UNFULFILLED
                ? BUYER
                : reason == InterventionReason.REQUESTED_BY_SELLER ? SELLER : null;
        add(by == null ? DEADLINE : by.toString(), new PlatformIntervened(id(), reason, by,
                by == null ? null : "请平台介入", tick()));
        return this;
    }

    public ComplaintSteps assignedTo(ArbitratorId arbitrator) {
        return step(Actor.arbitrator(arbitrator), new ArbitratorAssigned(id(), arbitrator,
                Actor.arbitrator(arbitrator), tick()));
    }

    /** The arbitration lead hands the case to this arbitrator. */
    public ComplaintSteps reassignedTo(ArbitratorId arbitrator) {
        return step(SUPERVISOR, new ArbitratorReassigned(id(), arbitrator, facts().assignee(), SUPERVISOR, tick()));
    }

    /** The assignee puts the case back into the queue. */
    public ComplaintSteps released() {
        ArbitratorId assignee = facts().assignee();
        return step(Actor.arbitrator(assignee), new AssignmentReleased(id(), assignee, Actor.arbitrator(assignee),
                tick()));
    }

    public ComplaintSteps evidenceRequested(EvidenceParty from) {
        Instant at = tick();
        return step(Actor.arbitrator(facts().assignee()), new EvidenceRequested(id(),
                new EvidenceRequestId("evidence-request-" + next()), from, "请补充物流信息", facts().assignee(), at,
                at.plus(facts().deadlinePolicy().evidence())));
    }

    public ComplaintSteps evidenceSubmittedBy(Actor party) {
        return step(party, new EvidenceSubmitted(id(), party,
                List.of(new EvidenceItem(EvidenceKind.INVOICE, "file:invoice-" + next(), "发票")), tick()));
    }

    public ComplaintSteps evidenceRequestFulfilled() {
        return step(BUYER, new EvidenceRequestFulfilled(id(), facts().evidenceRequest().requestId(), now()));
    }

    public ComplaintSteps evidenceRequestExpired() {
        var request = facts().evidenceRequest();
        add(DEADLINE, new EvidenceRequestExpired(id(), request.requestId(),
                request.awaiting().stream().sorted().toList(), tick()));
        return this;
    }

    public ComplaintSteps withdrawalSuggested() {
        return step(Actor.arbitrator(facts().assignee()), new WithdrawalSuggested(id(), facts().assignee(),
                "未发现卖家违规", tick()));
    }

    public ComplaintSteps suggestionDeclined() {
        return step(BUYER, new WithdrawalSuggestionDeclined(id(), "我坚持投诉", tick()));
    }

    /** Rules with the window the filing's policy gives, as the command side does. */
    public ComplaintSteps ruledBy(ArbitratorId arbitrator) {
        Instant at = tick();
        return step(Actor.arbitrator(arbitrator), new ComplaintRuled(id(), arbitrator, RulingOutcome.BUYER_FAVOURED,
                new Remedy(RemedyType.FULL_REFUND, 12_900L), "商品确有质量问题", messages().size() - 1L, at,
                at.plus(facts().deadlinePolicy().reconsideration())));
    }

    /** A party asks for the ruling to be reconsidered, with one new evidence item (the rules require one). */
    public ComplaintSteps reconsiderationRequestedBy(Actor party) {
        return step(party, new ReconsiderationRequested(id(), party, "物流记录证明签收前已损坏",
                List.of(new EvidenceItem(EvidenceKind.LOGISTICS, "file:waybill-" + next(), "物流记录")), tick()));
    }

    /** The reconsidering arbitrator confirms the ruling, which makes it final in the same step. */
    public ComplaintSteps rulingUpheldBy(ArbitratorId arbitrator) {
        Instant at = tick();
        step(Actor.arbitrator(arbitrator), new RulingUpheld(id(), arbitrator, "新证据不改变结论", messages().size() - 1L, at));
        return step(Actor.arbitrator(arbitrator), new RulingBecameFinal(id(), null, at));
    }

    /** The reconsidering arbitrator replaces the ruling with one for the seller, final in the same step. */
    public ComplaintSteps rulingRevisedBy(ArbitratorId arbitrator) {
        Instant at = tick();
        step(Actor.arbitrator(arbitrator), new RulingRevised(id(), arbitrator, RulingOutcome.SELLER_FAVOURED,
                Remedy.none(), "签收时包装完好", messages().size() - 1L, at));
        return step(Actor.arbitrator(arbitrator), new RulingBecameFinal(id(), null, at));
    }

    /** Nobody asked in time: the system records the ruling as final when its window ends. */
    public ComplaintSteps reconsiderationWindowPassed() {
        add(DEADLINE, new RulingBecameFinal(id(), DeadlineKind.RECONSIDERATION, facts().reconsiderationDueBy()));
        return this;
    }

    private ComplaintSteps negotiationStarted(String actor) {
        add(actor, new NegotiationStarted(id(), now(), now().plus(facts().deadlinePolicy().negotiation())));
        return this;
    }

    private ComplaintSteps step(Actor actor, ComplaintEvent event) {
        add(actor.toString(), event);
        return this;
    }
}
