package org.marketplace.complaints.command.withdrawal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.marketplace.complaints.api.command.WithdrawalResult;

/** {outcome: WITHDRAWN} or {outcome: PENDING_REVIEW, requestId}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WithdrawalAnswer(WithdrawalResult.Outcome outcome, String requestId) {

    static WithdrawalAnswer of(WithdrawalResult result) {
        return new WithdrawalAnswer(result.outcome(), result.requestId() == null ? null : result.requestId().toString());
    }

    boolean withdrawn() {
        return outcome == WithdrawalResult.Outcome.WITHDRAWN;
    }
}
