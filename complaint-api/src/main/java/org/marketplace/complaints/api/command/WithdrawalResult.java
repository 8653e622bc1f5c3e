package org.marketplace.complaints.api.command;

import org.marketplace.complaints.api.WithdrawalRequestId;

/** What a withdrawal came to: withdrawn at once, or a request pending the platform's review. */
public record WithdrawalResult(Outcome outcome, WithdrawalRequestId requestId) {

    public enum Outcome { WITHDRAWN, PENDING_REVIEW }

    public static WithdrawalResult withdrawn() {
        return new WithdrawalResult(Outcome.WITHDRAWN, null);
    }

    public static WithdrawalResult pendingReview(WithdrawalRequestId requestId) {
        return new WithdrawalResult(Outcome.PENDING_REVIEW, requestId);
    }
}
