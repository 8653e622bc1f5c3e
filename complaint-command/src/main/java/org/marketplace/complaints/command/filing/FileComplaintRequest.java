package org.marketplace.complaints.command.filing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.Text;
import org.marketplace.complaints.api.command.FileComplaint;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.TextLength;

/**
 * POST /api/complaints. No buyer id: the buyer is the authenticated caller. The order id is taken in its
 * canonical form (OrderId.canonical): "ORDER-1 " and "order-1" are one order.
 */
public record FileComplaintRequest(@NotBlank @Size(max = Text.MAX_ID_LENGTH) String orderId,
                                   @NotBlank @Size(max = Text.MAX_ID_LENGTH) String sellerId,
                                   @NotNull ComplaintCategory category,
                                   @NotBlank @TextLength(max = FileComplaint.MAX_DESCRIPTION) String description,
                                   // the seed: without evidence a complaint fails
                                   @NotEmpty @Size(max = EvidenceItemRequest.MAX_ITEMS)
                                   List<@NotNull @Valid EvidenceItemRequest> evidence) {

    FileComplaint toCommand(BuyerId buyer, DeadlinePolicy policy, Instant at) {
        return FileComplaint.of(buyer, OrderId.canonical(orderId), new SellerId(sellerId), category, description,
                EvidenceItemRequest.toItems(evidence), policy, at);
    }
}
