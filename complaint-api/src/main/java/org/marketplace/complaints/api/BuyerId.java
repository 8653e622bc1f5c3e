package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The account of the buyer who files a complaint. */
public record BuyerId(String value) {

    @JsonCreator
    public BuyerId {
        value = Text.requireId(value, "buyerId");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
