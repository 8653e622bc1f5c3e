package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.WithdrawalRequestId;
import org.marketplace.complaints.api.rules.PendingWithdrawal;

import java.time.Instant;

/** The buyer's withdrawal request that waits for the platform's review. */
public record PendingWithdrawalView(WithdrawalRequestId requestId, WithdrawalReason reason, boolean exceptional,
                                    String note, Instant requestedAt) {

    public static PendingWithdrawalView of(PendingWithdrawal pending) {
        return pending == null ? null : new PendingWithdrawalView(pending.requestId(), pending.reason(),
                pending.exceptional(), pending.note(), pending.requestedAt());
    }
}
