package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A platform staff member (小二) who arbitrates complaints. */
public record ArbitratorId(String value) {

    @JsonCreator
    public ArbitratorId {
        value = Text.requireId(value, "arbitratorId");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
