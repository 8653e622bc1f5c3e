package org.marketplace.complaints.api;

/** Whom the arbitrator asks for evidence. */
public enum EvidenceParty {
    BUYER,
    SELLER,
    BOTH
}
