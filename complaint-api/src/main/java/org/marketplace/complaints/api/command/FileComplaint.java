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
        Text.required(sellerId, "sellerId");
        Text.required(category, "category");
        description = Text.require(description, "description", MAX_DESCRIPTION);
        evidence = Evidence.atLeastOne(evidence);
        Text.required(deadlinePolicy, "deadlinePolicy");
        Text.required(requestedAt, "requestedAt");
        if (!ComplaintId.forKey(buyerId, orderId, category).equals(complaintId)) {
            throw new IllegalArgumentException("complaintId must be derived from (buyer, order, category)");
        }
    }

    public static FileComplaint of(BuyerId buyer, OrderId order, SellerId seller, ComplaintCategory category,
                                   String description, List<EvidenceItem> evidence,
                                   DeadlinePolicy policy, Instant at) {
        return new FileComplaint(ComplaintId.forKey(buyer, order, category), buyer, order, seller, category,
                description, evidence, policy, at);
    }

    @Override
    public Actor actor() {
        return Actor.buyer(buyerId);
    }
}
