package org.marketplace.complaints.command.withdrawal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.platform.web.TextLength;

/** POST …/withdrawal-requests/{requestId}/decision: the platform's review (天猫审核), with its reason. */
public record WithdrawalDecisionRequest(@NotNull Boolean approve,
                                        @NotBlank @TextLength(max = ComplaintCommand.MAX_TEXT) String note) {
}
