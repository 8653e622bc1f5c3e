package org.marketplace.complaints.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an evidence reference may be: an https URL or a stored file's id, nothing else. Clients show
 * references as links, so a javascript:, data: or plain http: reference would be a script or an unencrypted
 * fetch in another party's browser. The same rule as the web app's lib/evidence.ts.
 */
public final class EvidenceReference {

    /** A stored file's id: a letter or digit, then letters, digits and . _ : - (at most 128 in all). */
    public static final Pattern STORED_FILE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    /** Schemes refused even where the text would otherwise have the form of a stored file's id ("javascript:x"). */
    private static final Pattern REFUSED_SCHEME = Pattern.compile(
            "(?i)(javascript|data|vbscript|file|blob|about|http|https|ftp|ws|wss|mailto|tel|sms|intent|content"
                    + "|chrome|filesystem):.*");

    private EvidenceReference() {
    }

    public static boolean isAccepted(String reference) {
        if (reference == null) {
            return false;
        }
        // not trimmed: what is checked is what is stored and later shown as a link
        String value = reference;
        if (value.regionMatches(true, 0, "https://", 0, "https://".length())) {
            return isHttpsUrl(value);
        }
        return STORED_FILE_ID.matcher(value).matches() && !REFUSED_SCHEME.matcher(value).matches();
    }

    /** Throws the refusal naming the field (e.g. "evidence[0].reference"), as the api records do. */
    public static void require(String reference, String field) {
        if (!isAccepted(reference)) {
            throw new IllegalArgumentException(field + " must be an https URL or a stored file's id");
        }
    }

    private static boolean isHttpsUrl(String value) {
        try {
            URI uri = new URI(value);
            return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            // whitespace, control characters, a broken host: not a link anyone could follow safely
            return false;
        }
    }
}
