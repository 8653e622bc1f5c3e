package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.WithdrawalRequestId;

import java.time.Instant;

/** A withdrawal request of the buyer that waits for the platform's review. */
public record PendingWithdrawal(WithdrawalRequestId requestId, WithdrawalReason reason, boolean exceptional,
                                String note, Instant requestedAt) {
}
