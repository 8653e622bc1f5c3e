package org.marketplace.complaints.query.ops.rebuild;

import static org.marketplace.complaints.api.InterventionReason.NEGOTIATION_TIMEOUT;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_1;

import java.time.Duration;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.query.detail.ComplaintStory;

/** A complaint of exactly 8 events, through negotiation and arbitration to a ruling: the benchmark's unit. */
final class EightEvents {

    private static final ComplaintCategory[] CATEGORIES = ComplaintCategory.values();

    private EightEvents() {
    }

    static List<DomainEventMessage<?>> of(int i) {
        return List.copyOf(ComplaintStory.aFiledComplaint("bench-" + i, CATEGORIES[i % CATEGORIES.length],
                        GeneratedComplaints.FIRST_FILED.plus(Duration.ofSeconds(i)))
                .sellerResponded().settlementOffered(OfferType.PARTIAL_REFUND, 3_000L).offerDeclined()
                .intervened(NEGOTIATION_TIMEOUT).assignedTo(ARBITER_1).ruledBy(ARBITER_1).messages());
    }
}
