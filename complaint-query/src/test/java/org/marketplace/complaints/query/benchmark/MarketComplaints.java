package org.marketplace.complaints.query.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;

/**
 * Complaint i of a marketplace of {@code total} complaints, as the command service stores it, in 1 to 3 events (so
 * that a million are appended and projected in minutes). About 10 complaints per buyer and 100 per seller, each
 * complaint's buyer, seller, category and state drawn from a generator seeded with i (so that a demo account's
 * complaints are in every state, not in one that follows from its ids). The demo accounts:
 * <ul>
 *   <li>buyer-1: 10 complaints, a typical buyer; buyer-2: one in 1,000 (1,000 at a million), for a deep page;</li>
 *   <li>seller-1: about 100, a typical shop; seller-2: one in 100 (10,000 at a million), a large shop;</li>
 *   <li>arbiter-1 and arbiter-2: two of the 20 arbitrators the assigned cases are shared among.</li>
 * </ul>
 * States: 40 % awaiting the seller, 25 % negotiating, 19 % withdrawn, and 16 % in the arbitration queue: 4 %
 * intervened and waiting for an arbitrator, 8 % intervened and assigned, 2 % with a withdrawal request to review,
 * 2 % intervened with a withdrawal request as well (two entries). A backlog larger than a healthy queue's, so that
 * each of the queue's filters matches tens of thousands of entries.
 */
final class MarketComplaints {

    static final String TYPICAL_BUYER = "buyer-1";
    static final String HEAVY_BUYER = "buyer-2";
    static final String TYPICAL_SELLER = "seller-1";
    static final String LARGE_SHOP = "seller-2";
    static final int ARBITRATORS = 20;
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final ComplaintCategory[] CATEGORIES = ComplaintCategory.values();

    private MarketComplaints() {
    }

    /** The buyer of complaint i: buyer index i mod (total / 10), every 1,000th complaint buyer-2's. */
    static String buyerOf(int i, int total) {
        int buyers = Math.max(2, total / 10);
        if (i % 1_000 == 1) {
            return HEAVY_BUYER;
        }
        int index = i % buyers;
        return index == 0 ? TYPICAL_BUYER : "buyer-m" + index;
    }

    static ComplaintId idOf(int i, int total) {
        SplittableRandom draw = new SplittableRandom(i);
        draw.nextInt(100);
        return ComplaintId.forKey(new BuyerId(buyerOf(i, total)), new OrderId("order-" + i),
                CATEGORIES[draw.nextInt(CATEGORIES.length)]);
    }

    static List<DomainEventMessage<?>> eventsOf(int i, int total) {
        SplittableRandom draw = new SplittableRandom(i);
        int state = draw.nextInt(100);
        ComplaintCategory category = CATEGORIES[draw.nextInt(CATEGORIES.length)];
        BuyerId buyer = new BuyerId(buyerOf(i, total));
        ComplaintId id = ComplaintId.forKey(buyer, new OrderId("order-" + i), category);
        SellerId seller = new SellerId(sellerOf(draw, total));
        Actor asBuyer = Actor.buyer(buyer);
        // one filing every 30 s: a million span about a year, as a year of a large marketplace
        Instant filedAt = EPOCH.plusSeconds(30L * i);
        Instant later = filedAt.plus(Duration.ofHours(50));
        List<ComplaintEvent> events = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        events.add(new ComplaintFiled(id, buyer, new OrderId("order-" + i), seller, category, "保温杯漏水 #" + i,
                List.of(new EvidenceItem(EvidenceKind.PHOTO, "https://img.example.com/" + i + ".jpg", null)),
                DeadlinePolicy.DEFAULT, filedAt, filedAt.plus(Duration.ofHours(48))));
        actors.add(asBuyer.toString());
        if (state >= 40 && state < 65) {
            events.add(new NegotiationStarted(id, filedAt.plus(Duration.ofHours(5)), filedAt.plus(Duration.ofDays(7))));
            actors.add(Actor.seller(seller).toString());
        } else if (state >= 65 && state < 84) {
            events.add(new ComplaintWithdrawn(id, WithdrawalReason.SETTLED, WithdrawalMode.DIRECT, "已和解", null,
                    filedAt.plus(Duration.ofHours(6))));
            actors.add(asBuyer.toString());
        } else if (state >= 84 && state < 96) {
            events.add(new PlatformIntervened(id, InterventionReason.SELLER_NO_RESPONSE, null, null,
                    filedAt.plus(Duration.ofHours(48))));
            actors.add("SYSTEM:deadline");
            if (state >= 88) {
                ArbitratorId arbitrator = new ArbitratorId("arbiter-" + (1 + draw.nextInt(ARBITRATORS)));
                events.add(new ArbitratorAssigned(id, arbitrator, Actor.arbitrator(arbitrator), later));
                actors.add(Actor.arbitrator(arbitrator).toString());
            }
        } else if (state >= 96) {
            if (state >= 98) {
                events.add(new PlatformIntervened(id, InterventionReason.REQUESTED_BY_BUYER, asBuyer, "请平台介入",
                        filedAt.plus(Duration.ofHours(3))));
                actors.add(asBuyer.toString());
            }
            events.add(new WithdrawalRequested(id, new WithdrawalRequestId("request-" + i),
                    WithdrawalReason.MISUNDERSTANDING, "我想撤销投诉", List.of(), false, later));
            actors.add(asBuyer.toString());
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            messages.add(new GenericDomainEventMessage<>("Complaint", id.toString(), sequence, events.get(sequence),
                    Map.of("actor", actors.get(sequence), "correlationId", "market-" + i)));
        }
        return messages;
    }

    /** One complaint in 100 against the large shop; the others spread over total / 100 sellers. */
    private static String sellerOf(SplittableRandom draw, int total) {
        if (draw.nextInt(100) == 0) {
            return LARGE_SHOP;
        }
        int index = draw.nextInt(Math.max(1, total / 100));
        return index == 0 ? TYPICAL_SELLER : "seller-m" + index;
    }
}
