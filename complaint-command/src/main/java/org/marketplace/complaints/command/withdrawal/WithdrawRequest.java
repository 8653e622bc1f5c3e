package org.marketplace.complaints.command.withdrawal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.TextLength;

/**
 * POST …/withdrawal. Whether a note (the agreed terms) or new evidence is needed depends on the complaint's
 * history, so the aggregate says so (400 SETTLEMENT_TERMS_REQUIRED / NEW_EVIDENCE_REQUIRED).
 */
public record WithdrawRequest(@NotNull WithdrawalReason reason,
                              @TextLength(max = ComplaintCommand.MAX_TEXT) String note,
                              @Size(max = EvidenceItemRequest.MAX_ITEMS)
                              List<@NotNull @Valid EvidenceItemRequest> evidence) {
}
