package org.marketplace.complaints.api;

/** How a withdrawal with a given reason goes through now. */
public enum WithdrawalMode {
    /** Withdrawn at once. */
    DIRECT,
    /** A request that the platform reviews. */
    REVIEW,
    /** After a ruling: a request with new evidence that only a different arbitrator may approve. */
    EXCEPTIONAL
}
