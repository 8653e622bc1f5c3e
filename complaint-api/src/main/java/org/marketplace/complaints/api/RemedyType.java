package org.marketplace.complaints.api;

/** What a ruling orders: one of the settlement kinds, or nothing when the seller is favoured. */
public enum RemedyType {
    FULL_REFUND,
    PARTIAL_REFUND,
    EXCHANGE,
    REPAIR,
    COMPENSATION,
    NONE;

    public boolean carriesAmount() {
        return this != NONE && OfferType.valueOf(name()).carriesAmount();
    }
}
