package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One withdrawal request of the buyer that the platform reviews. */
public record WithdrawalRequestId(String value) {

    @JsonCreator
    public WithdrawalRequestId {
        value = Text.requireId(value, "requestId");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
