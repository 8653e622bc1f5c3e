package org.marketplace.complaints.command.complaint;

import org.marketplace.complaints.api.*;

import java.time.Duration;
import java.util.List;

/** The people, ids and inputs every complaint test shares: one buyer, one seller, two arbitrators. */
final class ComplaintTestData {

    static final BuyerId BUYER_ID = new BuyerId("buyer-1");
    static final SellerId SELLER_ID = new SellerId("seller-1");
    static final OrderId ORDER_ID = new OrderId("order-1");
    static final ComplaintCategory CATEGORY = ComplaintCategory.QUALITY_PROBLEM;
    static final ComplaintId COMPLAINT_ID = ComplaintId.forKey(BUYER_ID, ORDER_ID, CATEGORY);
    static final ArbitratorId ARBITER_1 = new ArbitratorId("arbiter-1");
    static final ArbitratorId ARBITER_2 = new ArbitratorId("arbiter-2");
    /** Never assigned in any given history: a supervisor may always hand a case to them. */
    static final ArbitratorId ARBITER_3 = new ArbitratorId("arbiter-3");

    static final Actor BUYER = Actor.buyer(BUYER_ID);
    static final Actor SELLER = Actor.seller(SELLER_ID);
    static final Actor ARBITRATOR_1 = Actor.arbitrator(ARBITER_1);
    static final Actor ARBITRATOR_2 = Actor.arbitrator(ARBITER_2);
    static final Actor OTHER_BUYER = Actor.buyer(new BuyerId("buyer-2"));
    static final Actor OTHER_SELLER = Actor.seller(new SellerId("seller-2"));
    static final Actor AUDITOR = new Actor(Role.AUDITOR, "auditor-1");
    static final Actor OPERATOR = new Actor(Role.OPERATOR, "operator-1");
    static final Actor SUPERVISOR = new Actor(Role.SUPERVISOR, "lead-1");
    static final List<Actor> EVERY_ACTOR = List.of(BUYER, OTHER_BUYER, SELLER, OTHER_SELLER,
            ARBITRATOR_1, ARBITRATOR_2, AUDITOR, OPERATOR, SUPERVISOR);

    static final OfferId OFFER_ID = new OfferId("offer-1");
    static final WithdrawalRequestId REQUEST_ID = new WithdrawalRequestId("withdrawal-1");
    static final EvidenceRequestId EVIDENCE_REQUEST_ID = new EvidenceRequestId("evidence-1");
    /** The ids a test's own command creates, distinct from those already in the history. */
    static final WithdrawalRequestId NEW_REQUEST_ID = new WithdrawalRequestId("withdrawal-2");
    static final EvidenceRequestId NEW_EVIDENCE_REQUEST_ID = new EvidenceRequestId("evidence-2");

    /** Shorter than the default windows, so that a test can tell the filed policy from the default. */
    static final DeadlinePolicy POLICY =
            new DeadlinePolicy(Duration.ofHours(24), Duration.ofDays(3), Duration.ofHours(12), Duration.ofHours(6),
                    Duration.ofDays(2));

    static final String DESCRIPTION = "收到的商品有裂痕，客服不回复。";
    static final SettlementTerms PARTIAL_REFUND = new SettlementTerms(OfferType.PARTIAL_REFUND, 5_000L);
    static final Remedy FULL_REFUND = new Remedy(RemedyType.FULL_REFUND, 19_900L);

    private ComplaintTestData() {
    }

    static List<EvidenceItem> photo() {
        return List.of(new EvidenceItem(EvidenceKind.PHOTO, "crack.jpg", "the crack"));
    }

    static List<EvidenceItem> chatLog() {
        return List.of(new EvidenceItem(EvidenceKind.CHAT_LOG, "chat.txt", null));
    }
}
