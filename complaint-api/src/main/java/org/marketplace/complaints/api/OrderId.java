package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The marketplace order a complaint is about. */
public record OrderId(String value) {

    @JsonCreator
    public OrderId {
        value = Text.requireId(value, "orderId");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
