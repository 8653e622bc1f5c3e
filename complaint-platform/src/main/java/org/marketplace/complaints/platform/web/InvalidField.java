package org.marketplace.complaints.platform.web;

/** One entry of a 400's errors: which input (a JSON path, a header, a path variable) and what is wrong with it. */
public record InvalidField(String field, String message) {
}
