package org.marketplace.complaints.command.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.marketplace.complaints.command.web.EvidenceItemRequest;

/** POST …/evidence: one to twenty items. */
public record SubmitEvidenceRequest(@NotEmpty @Size(max = EvidenceItemRequest.MAX_ITEMS)
                                    List<@NotNull @Valid EvidenceItemRequest> evidence) {
}
