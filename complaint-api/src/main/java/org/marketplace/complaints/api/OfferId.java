package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One settlement offer made by the seller. */
public record OfferId(String value) {

    @JsonCreator
    public OfferId {
        value = Text.requireId(value, "offerId");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
