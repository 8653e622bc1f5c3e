package org.marketplace.complaints.api;

import java.util.List;
import java.util.Objects;

/** Structural checks shared by the records of the published language. */
public final class Text {

    /** Longest id we accept; ids come from URLs and JSON, so they are bounded like any other input. */
    public static final int MAX_ID_LENGTH = 100;

    private Text() {
    }

    public static String requireId(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    public static String require(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return optional(value, name, maxLength);
    }

    public static String optional(String value, String name, int maxLength) {
        if (value != null && value.codePointCount(0, value.length()) > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    public static <T> List<T> copyOf(List<T> items, String name) {
        if (items == null) {
            return List.of();
        }
        if (items.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain empty items");
        }
        return List.copyOf(items);
    }

    public static <T> T required(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
