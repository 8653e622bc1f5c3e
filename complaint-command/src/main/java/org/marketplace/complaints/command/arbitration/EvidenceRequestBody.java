package org.marketplace.complaints.command.arbitration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.platform.web.TextLength;

/** POST …/evidence-requests. Without dueBy the complaint's own evidence window applies (default 72 h). */
public record EvidenceRequestBody(@NotNull EvidenceParty from,
                                  Instant dueBy,
                                  @NotBlank @TextLength(max = ComplaintCommand.MAX_TEXT) String note) {
}
