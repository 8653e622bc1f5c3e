package org.marketplace.complaints.command.web;

import org.marketplace.complaints.platform.web.TextLength;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.marketplace.complaints.api.EvidenceItem;
import org.marketplace.complaints.api.EvidenceKind;

/** One evidence item as a client sends it: {kind, reference, description?}. */
public record EvidenceItemRequest(@NotNull EvidenceKind kind,
                                  @NotBlank @TextLength(max = EvidenceItem.MAX_REFERENCE) String reference,
                                  @TextLength(max = EvidenceItem.MAX_DESCRIPTION) String description) {

    /** The api's bound on evidence items per request. */
    public static final int MAX_ITEMS = EvidenceItem.MAX_PER_STEP;

    public EvidenceItem toItem() {
        return new EvidenceItem(kind, reference, description);
    }

    public static List<EvidenceItem> toItems(List<EvidenceItemRequest> items) {
        return items == null ? List.of() : items.stream().map(EvidenceItemRequest::toItem).toList();
    }
}
