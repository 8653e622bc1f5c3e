package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.WithdrawalMode;
import org.marketplace.complaints.api.WithdrawalReason;

/**
 * One reason the buyer may give now, how the withdrawal goes through, and what it must carry: a note
 * stating the agreed terms, or new evidence.
 */
public record WithdrawalOption(WithdrawalReason reason, WithdrawalMode mode, boolean noteRequired,
                               boolean newEvidenceRequired) {
}
