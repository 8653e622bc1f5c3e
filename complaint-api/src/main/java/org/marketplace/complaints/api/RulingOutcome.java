package org.marketplace.complaints.api;

/** Whom the platform's ruling favours. */
public enum RulingOutcome {
    BUYER_FAVOURED,
    SELLER_FAVOURED,
    PARTIALLY_FAVOURED
}
