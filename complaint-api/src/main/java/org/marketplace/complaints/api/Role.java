package org.marketplace.complaints.api;

/** Who is calling: the roles of the lifecycle. */
public enum Role {
    BUYER,
    SELLER,
    ARBITRATOR,
    AUDITOR,
    OPERATOR
}
