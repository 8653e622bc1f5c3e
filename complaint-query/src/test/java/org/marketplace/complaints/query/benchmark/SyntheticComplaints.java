package org.marketplace.complaints.query.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.ArbitratorAssigned;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.PlatformIntervened;

/**
 * The events of complaint number i, as the command service would have stored them. buyer-1 owns complaints 0 to
 * 19 and every other buyer 20 more, so that My Complaints always lists 20 whatever the volume; every 5th
 * complaint was left unanswered and is in the arbitration queue, every 10th also taken by an arbitrator.
 */
final class SyntheticComplaints {

    static final String BUYER = "buyer-1";
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final ComplaintCategory[] CATEGORIES = ComplaintCategory.values();

    private SyntheticComplaints() {
    }

    static List<DomainEventMessage<?>> eventsOf(int i) {
        BuyerId buyer = new BuyerId(i < 20 ? BUYER : "buyer-b" + i / 20);
        OrderId order = new OrderId("order-" + i);
        ComplaintCategory category = CATEGORIES[i % CATEGORIES.length];
        ComplaintId id = ComplaintId.forKey(buyer, order, category);
        Instant filedAt = EPOCH.plusSeconds(i);
        List<ComplaintEvent> events = new ArrayList<>();
        events.add(new ComplaintFiled(id, buyer, order, new SellerId("seller-" + i % 500), category,
                "漏水的保温杯 #" + i, List.of(new EvidenceItem(EvidenceKind.PHOTO, "https://img.example.com/" + i + ".jpg", null)),
                DeadlinePolicy.DEFAULT, filedAt, filedAt.plus(Duration.ofHours(48))));
        if (i % 5 == 0) {
            events.add(new PlatformIntervened(id, InterventionReason.SELLER_NO_RESPONSE, null, null, filedAt.plus(Duration.ofHours(48))));
        }
        if (i % 10 == 0) {
            ArbitratorId arbitrator = new ArbitratorId(i % 20 == 0 ? "arbiter-1" : "arbiter-2");
            events.add(new ArbitratorAssigned(id, arbitrator, Actor.arbitrator(arbitrator), filedAt.plus(Duration.ofHours(50))));
        }
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            String actor = sequence == 0 ? "BUYER:" + buyer : sequence == 1 ? "SYSTEM:deadline" : "ARBITRATOR:arbiter-1";
            messages.add(new GenericDomainEventMessage<>("Complaint", id.toString(), sequence, events.get(sequence),
                    Map.of("actor", actor, "correlationId", "benchmark-" + i)));
        }
        return messages;
    }
}
