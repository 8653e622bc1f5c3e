package org.marketplace.complaints.command.arbitration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.marketplace.complaints.api.RulingOutcome;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.platform.web.TextLength;

/** POST …/ruling (最终处理结果). */
public record RulingRequest(@NotNull RulingOutcome outcome,
                            @NotNull @Valid RemedyRequest remedy,
                            @NotBlank @TextLength(max = ComplaintCommand.MAX_TEXT) String rationale) {
}
