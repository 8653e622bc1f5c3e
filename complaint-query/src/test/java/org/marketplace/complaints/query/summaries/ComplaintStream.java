package org.marketplace.complaints.query.summaries;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;

/**
 * A complaint's events as the aggregate appends them, numbered from 0; each step happens an hour after the
 * one before. Steps take the ids they refer to, so that a test shows which offer or request it means.
 */
final class ComplaintStream {

    static final Instant FILED_AT = Instant.parse("2026-03-01T08:00:00Z");
    static final BuyerId BUYER = new BuyerId("buyer-1");
    static final SellerId SELLER = new SellerId("seller-1");
    static final OrderId ORDER = new OrderId("order-1");
    static final ArbitratorId ARBITER = new ArbitratorId("arbiter-1");
    static final List<EvidenceItem> PHOTO = List.of(new EvidenceItem(EvidenceKind.PHOTO, "file:crack", null));

    private final List<ComplaintEvent> events = new ArrayList<>();
    private final ComplaintFiled filing;
    private Instant at;

    private ComplaintStream(ComplaintFiled filing) {
        this.filing = filing;
        this.at = filing.filedAt();
        events.add(filing);
    }

    static ComplaintStream aFiledComplaint() {
        return aFiledComplaint(BUYER, SELLER, ORDER, FILED_AT);
    }

    static ComplaintStream aFiledComplaint(BuyerId buyer, SellerId seller, OrderId order, Instant filedAt) {
        ComplaintCategory category = ComplaintCategory.QUALITY_PROBLEM;
        return new ComplaintStream(new ComplaintFiled(ComplaintId.forKey(buyer, order, category), buyer, order,
                seller, category, "屏幕有裂痕", PHOTO, DeadlinePolicy.DEFAULT, filedAt,
                filedAt.plus(DeadlinePolicy.DEFAULT.sellerResponse())));
    }

    ComplaintStream sellerResponded() {
        next();
        events.add(new SellerResponded(id(), filing.sellerId(), SellerPosition.DISPUTE, "发货前完好", List.of(), at));
        return add(new NegotiationStarted(id(), at, at.plus(DeadlinePolicy.DEFAULT.negotiation())));
    }

    ComplaintStream offered(OfferId offer, SettlementTerms terms) {
        return add(new SettlementOffered(id(), offer, terms, "退一半", next()));
    }

    ComplaintStream withdrawalRequested(WithdrawalRequestId request, WithdrawalReason reason, boolean exceptional) {
        return add(new WithdrawalRequested(id(), request, reason, "误会一场", List.of(), exceptional, next()));
    }

    ComplaintStream intervened(InterventionReason reason, Actor requestedBy) {
        return add(new PlatformIntervened(id(), reason, requestedBy, null, next()));
    }

    ComplaintStream assigned(ArbitratorId arbitrator) {
        return add(new ArbitratorAssigned(id(), arbitrator, Actor.arbitrator(arbitrator), next()));
    }

    ComplaintStream evidenceRequested(EvidenceRequestId request, EvidenceParty from, Instant dueBy) {
        return add(new EvidenceRequested(id(), request, from, "请提供物流单", ARBITER, next(), dueBy));
    }

    ComplaintStream ruled() {
        java.time.Instant at = next();
        return add(new ComplaintRuled(id(), ARBITER, RulingOutcome.BUYER_FAVOURED,
                new Remedy(RemedyType.FULL_REFUND, 9_900L), "质量问题属实", events.size() - 1L, at,
                at.plus(java.time.Duration.ofDays(7))));
    }

    /** Any other step: build its event with {@link #next()} as its time. */
    ComplaintStream add(ComplaintEvent event) {
        events.add(event);
        return this;
    }

    /** Moves the clock on to the next step and answers its time. */
    Instant next() {
        at = at.plus(Duration.ofHours(1));
        return at;
    }

    /** Moves the clock on to a time of its own (a deadline firing) and answers it. */
    Instant until(Instant time) {
        at = time;
        return at;
    }

    /** When the last step happened. */
    Instant at() {
        return at;
    }

    ComplaintFiled filing() {
        return filing;
    }

    Instant filedAt() {
        return filing.filedAt();
    }

    ComplaintId id() {
        return filing.complaintId();
    }

    List<ComplaintEvent> events() {
        return List.copyOf(events);
    }
}
