package org.marketplace.complaints.api;

/** Who is calling: the roles of the lifecycle. */
public enum Role {
    BUYER,
    SELLER,
    ARBITRATOR,
    AUDITOR,
    OPERATOR,
    /** The arbitration lead (小二组长): sees the queue and every case, hands any intervened case to any arbitrator. */
    SUPERVISOR
}
