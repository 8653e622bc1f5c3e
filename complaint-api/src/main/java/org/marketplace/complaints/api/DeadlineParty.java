package org.marketplace.complaints.api;

/** Whose move a deadline waits for. */
public enum DeadlineParty {
    BUYER,
    SELLER,
    BOTH_PARTIES
}
