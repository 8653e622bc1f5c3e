package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The marketplace order a complaint is about. New filings carry it in its canonical form ({@link #canonical}),
 * so that spelling cannot dodge the one-complaint-per-key rule. The constructor stays lenient on purpose:
 * events stored before the canonical form keep the order id as it was filed (docs/order-ids.md).
 */
public record OrderId(String value) {

    public static final int MAX_CANONICAL_LENGTH = 64;
    private static final Pattern CANONICAL = Pattern.compile("[a-z0-9\\-_.:/#]{1," + MAX_CANONICAL_LENGTH + "}");

    @JsonCreator
    public OrderId {
        value = Text.requireId(value, "orderId");
    }

    /**
     * The one spelling of an order id: Unicode NFKC (full-width "ＯＲＤＥＲ" is "ORDER"), trimmed, lower-case
     * (ROOT, so that a Turkish locale does not turn "I" into a dotless "ı"); then letters, digits and -_.:/# only.
     */
    public static OrderId canonical(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("orderId must not be blank");
        }
        String canonical = normalized(raw);
        if (!CANONICAL.matcher(canonical).matches()) {
            throw new IllegalArgumentException("orderId must be 1-" + MAX_CANONICAL_LENGTH
                    + " letters, digits or -_.:/# (compared trimmed and in lower case)");
        }
        return new OrderId(canonical);
    }

    /** Whether this is already the canonical spelling; ids filed before it existed may not be. */
    public boolean isCanonical() {
        return CANONICAL.matcher(value).matches() && value.equals(normalized(value));
    }

    private static String normalized(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
