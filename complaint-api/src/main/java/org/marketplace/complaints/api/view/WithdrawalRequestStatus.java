package org.marketplace.complaints.api.view;

/** Where a buyer's withdrawal request stands: waiting for the platform's review, or decided. */
public enum WithdrawalRequestStatus {
    PENDING,
    APPROVED,
    REJECTED
}
