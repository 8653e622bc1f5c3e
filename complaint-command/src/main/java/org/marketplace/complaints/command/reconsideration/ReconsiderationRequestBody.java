package org.marketplace.complaints.command.reconsideration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.command.web.EvidenceItemRequest;
import org.marketplace.complaints.platform.web.TextLength;

/**
 * POST …/reconsideration: why the ruling should be looked at again, and the new evidence that says so. An empty
 * evidence list passes here on purpose: the rules refuse it with NEW_EVIDENCE_REQUIRED, as for an exceptional
 * withdrawal, so that every client keys on one code.
 */
public record ReconsiderationRequestBody(@NotBlank @TextLength(max = ComplaintCommand.MAX_TEXT) String statement,
                                         @NotNull @Size(max = EvidenceItemRequest.MAX_ITEMS)
                                         List<@NotNull @Valid EvidenceItemRequest> evidence) {
}
