package org.marketplace.complaints.e2e.support;

import java.util.Locale;

/**
 * Which database the services under test share, from the system property e2e.database: h2 (the default, one
 * file next to the logs) or postgres (a fresh database per run on the server of e2e.postgres.url).
 */
public enum DatabaseMode {
    H2,
    POSTGRES;

    public static DatabaseMode configured() {
        String value = System.getProperty("e2e.database", "h2").trim();
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("e2e.database=" + value + " is neither h2 nor postgres");
        }
    }
}
