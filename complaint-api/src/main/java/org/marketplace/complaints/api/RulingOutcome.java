package org.marketplace.complaints.api;

/** Whom the platform's ruling favours. */
public enum RulingOutcome {
    BUYER_FAVOURED,
    SELLER_FAVOURED,
    PARTIALLY_FAVOURED;

    /** A ruling that favours the seller orders no remedy; one that favours the buyer, even in part, orders one. */
    public void requireConsistentWith(Remedy remedy) {
        if (this == SELLER_FAVOURED && remedy.type() != RemedyType.NONE) {
            throw new IllegalArgumentException("a ruling that favours the seller orders no remedy (NONE)");
        }
        if (this != SELLER_FAVOURED && remedy.type() == RemedyType.NONE) {
            throw new IllegalArgumentException("a ruling that favours the buyer orders a remedy");
        }
    }
}
