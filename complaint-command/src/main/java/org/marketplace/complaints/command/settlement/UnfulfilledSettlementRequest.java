package org.marketplace.complaints.command.settlement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.TextLength;

/** POST …/settlement-unfulfilled: what the seller did not carry out, optionally with evidence. */
public record UnfulfilledSettlementRequest(@NotBlank @TextLength(max = ComplaintCommand.MAX_TEXT) String note,
                                           @Size(max = EvidenceItemRequest.MAX_ITEMS)
                                           List<@NotNull @Valid EvidenceItemRequest> evidence) {
}
