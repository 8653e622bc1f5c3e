package org.marketplace.complaints.command.reconsideration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.marketplace.complaints.api.RulingOutcome;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.command.arbitration.RemedyRequest;
import org.marketplace.complaints.platform.web.TextLength;

/**
 * POST …/reconsideration/decision: {@code {uphold: true, note}} or {@code {uphold: false, outcome, remedy,
 * rationale}}. Which fields go with which is checked by the command (DecideReconsideration), answered as
 * VALIDATION_FAILED.
 */
public record ReconsiderationDecisionBody(@NotNull Boolean uphold,
                                          @TextLength(max = ComplaintCommand.MAX_TEXT) String note,
                                          RulingOutcome outcome,
                                          @Valid RemedyRequest remedy,
                                          @TextLength(max = ComplaintCommand.MAX_TEXT) String rationale) {
}
