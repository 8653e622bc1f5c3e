package org.marketplace.complaints.api;

/** The persistent timers a complaint runs. */
public enum DeadlineKind {
    /** The seller must respond; on expiry the platform intervenes (SELLER_NO_RESPONSE). */
    SELLER_RESPONSE,
    /** The parties may settle; on expiry the platform intervenes (NEGOTIATION_TIMEOUT). */
    NEGOTIATION,
    /** A party must answer the arbitrator's evidence request; on expiry the request is recorded as expired. */
    EVIDENCE,
    /** The seller carries out an accepted settlement; on expiry the complaint is closed as settled (SETTLED). */
    SETTLEMENT_FULFILMENT,
    /** Either party may ask for a reconsideration of the ruling; on expiry the ruling becomes final. */
    RECONSIDERATION
}
