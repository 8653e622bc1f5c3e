package org.marketplace.complaints.api;

import java.time.Duration;

/**
 * The deadline windows in force when a complaint was filed. Recorded on filing, so that a later
 * change of configuration never rewrites the deadlines of open cases.
 */
public record DeadlinePolicy(Duration sellerResponse, Duration negotiation, Duration evidence) {

    public static final DeadlinePolicy DEFAULT =
            new DeadlinePolicy(Duration.ofHours(48), Duration.ofDays(7), Duration.ofHours(72));

    public DeadlinePolicy {
        requirePositive(sellerResponse, "sellerResponse");
        requirePositive(negotiation, "negotiation");
        requirePositive(evidence, "evidence");
    }

    private static void requirePositive(Duration window, String name) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(name + " window must be positive");
        }
    }
}
