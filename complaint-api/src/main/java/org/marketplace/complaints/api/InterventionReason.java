package org.marketplace.complaints.api;

/** Why the platform stepped in. */
public enum InterventionReason {
    SELLER_NO_RESPONSE,
    NEGOTIATION_TIMEOUT,
    REQUESTED_BY_BUYER,
    REQUESTED_BY_SELLER,
    /** The buyer reported that the seller did not carry out the settlement they agreed on. */
    SETTLEMENT_UNFULFILLED
}
