package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The shop a complaint is filed against. */
public record SellerId(String value) {

    @JsonCreator
    public SellerId {
        value = Text.requireId(value, "sellerId");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
