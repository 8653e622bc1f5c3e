package org.marketplace.complaints.command.arbitration;

import jakarta.validation.constraints.Size;
import org.marketplace.complaints.api.Text;

/**
 * POST …/assignment: {arbitratorId?}. An arbitrator leaves it out (or names themselves) to take the case; a supervisor
 * names the arbitrator to hand it to.
 */
public record AssignmentRequest(@Size(min = 1, max = Text.MAX_ID_LENGTH) String arbitratorId) {
}
