package org.marketplace.complaints.command.arbitration;

import jakarta.validation.constraints.Size;
import org.marketplace.complaints.api.Text;

/** POST …/assignment: {arbitratorId?}; without it the caller takes the case. */
public record AssignmentRequest(@Size(min = 1, max = Text.MAX_ID_LENGTH) String arbitratorId) {
}
