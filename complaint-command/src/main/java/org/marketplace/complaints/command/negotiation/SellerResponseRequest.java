package org.marketplace.complaints.command.negotiation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.marketplace.complaints.api.SellerPosition;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.TextLength;

/** POST …/seller-response: the seller's answer (卖家申诉). */
public record SellerResponseRequest(@NotNull SellerPosition position,
                                    @NotBlank @TextLength(max = ComplaintCommand.MAX_TEXT) String statement,
                                    @Size(max = EvidenceItemRequest.MAX_ITEMS)
                                    List<@NotNull @Valid EvidenceItemRequest> evidence) {
}
