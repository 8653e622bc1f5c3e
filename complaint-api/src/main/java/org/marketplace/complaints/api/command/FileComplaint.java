package org.marketplace.complaints.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/**
 * The buyer files a complaint against a seller about one order. The complaint id is derived from
 * (buyer, order, category), so a second filing of the same key reaches the first one's history.
 */
public record FileComplaint(@TargetAggregateIdentifier ComplaintId complaintId,
                            BuyerId buyerId,
                            OrderId orderId,
                            SellerId sellerId,
                            ComplaintCategory category,
                            String description,
                            List<EvidenceItem> evidence,
                            DeadlinePolicy deadlinePolicy,
                            Instant requestedAt) implements ComplaintCommand {

    public static final int MAX_DESCRIPTION = 2_000;

    public FileComplaint {
        Text.required(buyerId, "buyerId");
        Text.required(orderId, "orderId");
        if (!orderId.isCanonical()) {
            throw new IllegalArgumentException("orderId must be in its canonical form (OrderId.canonical)");
        }
        Text.required(sellerId, "sellerId");
        Text.required(category, "category");
        description = Text.require(description, "description", MAX_DESCRIPTION);
        evidence = Evidence.atLeastOne(evidence);
        Text.required(deadlinePolicy, "deadlinePolicy");
        Text.required(requestedAt, "requestedAt");
        // Usually forKey(buyer, order, category); an earlier complaint filed under another spelling of the
        // order id has its own id, and the aggregate checks that only such a one is filed onto (docs/order-ids.md).
        Text.required(complaintId, "complaintId");
    }

    public static FileComplaint of(BuyerId buyer, OrderId order, SellerId seller, ComplaintCategory category,
                                   String description, List<EvidenceItem> evidence,
                                   DeadlinePolicy policy, Instant at) {
        return new FileComplaint(ComplaintId.forKey(buyer, order, category), buyer, order, seller, category,
                description, evidence, policy, at);
    }

    /** The same filing aimed at an earlier complaint whose order id canonicalises to this one: its history decides. */
    public FileComplaint onto(ComplaintId earlier) {
        return new FileComplaint(earlier, buyerId, orderId, sellerId, category, description, evidence, deadlinePolicy,
                requestedAt);
    }

    /** Whether the complaint id is the one this key derives to (a new complaint is only ever created there). */
    public boolean targetsItsKey() {
        return ComplaintId.forKey(buyerId, orderId, category).equals(complaintId);
    }

    @Override
    public Actor actor() {
        return Actor.buyer(buyerId);
    }
}
