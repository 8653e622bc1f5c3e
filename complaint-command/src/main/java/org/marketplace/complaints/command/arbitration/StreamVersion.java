package org.marketplace.complaints.command.arbitration;

/**
 * The If-Match of a ruling: the version of the complaint's event stream the arbitrator saw, i.e. the
 * sequence number of its last event (0 after filing). Accepted bare (5), as an entity tag ("5") or weak (W/"5").
 */
public final class StreamVersion {

    private StreamVersion() {
    }

    /** Null (no check) when absent or "*". */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        tag = tag.startsWith("W/") ? tag.substring(2) : tag;
        tag = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like a negative version
        }
        throw new IllegalArgumentException("If-Match must be the stream version you saw, e.g. \"5\"");
    }
}
