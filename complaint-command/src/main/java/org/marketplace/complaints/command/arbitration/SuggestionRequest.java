package org.marketplace.complaints.command.arbitration;

import jakarta.validation.constraints.NotBlank;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.platform.web.TextLength;

/** POST …/withdrawal-suggestion: why the platform suggests withdrawing (e.g. no seller violation found). */
public record SuggestionRequest(@NotBlank @TextLength(max = ComplaintCommand.MAX_TEXT) String rationale) {
}
