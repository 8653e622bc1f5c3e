package org.marketplace.complaints.api;

import java.time.Duration;

/**
 * The deadline windows in force when a complaint was filed. Recorded on filing, so that a later
 * change of configuration never rewrites the deadlines of open cases. {@code assignment}: how long an
 * intervened case may wait in the queue without an arbitrator before it shows as overdue;
 * {@code settlementFulfilment}: how long the seller has to carry out a settlement the buyer accepted before
 * the platform intervened, after which the complaint is closed as settled; {@code reconsideration}: how long after a
 * ruling either party may ask for its reconsideration, after which the ruling is final.
 */
public record DeadlinePolicy(Duration sellerResponse, Duration negotiation, Duration evidence, Duration assignment,
                             Duration settlementFulfilment, Duration reconsideration) {

    /** The assignment window of complaints filed before it was recorded with them. */
    public static final Duration DEFAULT_ASSIGNMENT = Duration.ofHours(24);

    /** The fulfilment window of complaints filed before it was recorded with them. */
    public static final Duration DEFAULT_SETTLEMENT_FULFILMENT = Duration.ofDays(7);

    /** The reconsideration window of complaints filed before it was recorded with them. */
    public static final Duration DEFAULT_RECONSIDERATION = Duration.ofDays(7);

    public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(Duration.ofHours(48), Duration.ofDays(7),
            Duration.ofHours(72), DEFAULT_ASSIGNMENT, DEFAULT_SETTLEMENT_FULFILMENT, DEFAULT_RECONSIDERATION);

    /** The policy as filings recorded it before the reconsideration window existed. */
    public DeadlinePolicy(Duration sellerResponse, Duration negotiation, Duration evidence, Duration assignment,
                          Duration settlementFulfilment) {
        this(sellerResponse, negotiation, evidence, assignment, settlementFulfilment, null);
    }

    public DeadlinePolicy {
        // Filings stored before the assignment window existed carry none (as do read models folded from them):
        // they read as the default, which is what was in force for them, so no event needs rewriting.
        if (assignment == null) {
            assignment = DEFAULT_ASSIGNMENT;
        }
        // Likewise the fulfilment window: filings stored before it existed read as the default.
        if (settlementFulfilment == null) {
            settlementFulfilment = DEFAULT_SETTLEMENT_FULFILMENT;
        }
        // And the reconsideration window: rulings of complaints filed before it existed get the default from their
        // ruling time, which is also what the upcaster of ComplaintRuled revision 1 writes for them.
        if (reconsideration == null) {
            reconsideration = DEFAULT_RECONSIDERATION;
        }
        requirePositive(sellerResponse, "sellerResponse");
        requirePositive(negotiation, "negotiation");
        requirePositive(evidence, "evidence");
        requirePositive(assignment, "assignment");
        requirePositive(settlementFulfilment, "settlementFulfilment");
        requirePositive(reconsideration, "reconsideration");
    }

    private static void requirePositive(Duration window, String name) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(name + " window must be positive");
        }
    }
}
