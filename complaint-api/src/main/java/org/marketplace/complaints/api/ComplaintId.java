package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A complaint. Derived from (buyer, order, category), so that filing the same key twice lands on the
 * same aggregate and its own event history decides whether the filing is allowed.
 */
public record ComplaintId(String value) {

    @JsonCreator
    public ComplaintId {
        value = Text.requireId(value, "complaintId");
    }

    /** The name-based (version 3) UUID of the complaint key; stable across services and releases. */
    public static ComplaintId forKey(BuyerId buyer, OrderId order, ComplaintCategory category) {
        String key = "complaint|" + escaped(buyer.value()) + "|" + escaped(order.value()) + "|" + category.name();
        return new ComplaintId(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** Escapes the separator so that ("a", "b|c") and ("a|b", "c") never share a key. */
    private static String escaped(String part) {
        return part.replace("\\", "\\\\").replace("|", "\\|");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
