package org.marketplace.complaints.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A structural check of the published language (a record's constructor) refused the request's input, e.g.
 * an amount on an EXCHANGE. Bad input, so a 400, never a 500.
 */
public class InvalidInputException extends RuntimeException {

    /**
     * The api records say "amountFen is required…", "dueBy must be…", "evidence[0].reference must be…": the
     * leading name is the field, a JSON path as Bean Validation names it.
     */
    private static final Pattern NAMED = Pattern.compile("^([A-Za-z][\\w.\\[\\]-]*) (?:must|is) .*");

    public InvalidInputException(IllegalArgumentException cause) {
        super(cause.getMessage(), cause);
    }

    /** The field the message names, or "body" when it speaks of the request as a whole. */
    public String field() {
        Matcher named = NAMED.matcher(String.valueOf(getMessage()));
        return named.matches() ? named.group(1) : "body";
    }
}
