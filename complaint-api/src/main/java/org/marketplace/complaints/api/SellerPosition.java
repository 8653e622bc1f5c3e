package org.marketplace.complaints.api;

/** The seller's answer to a complaint. */
public enum SellerPosition {
    ACKNOWLEDGE,
    DISPUTE
}
