package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.*;

/** The demo accounts of api.md as the tests' parties. */
public final class Parties {

    public static final BuyerId BUYER_ID = new BuyerId("buyer-1");
    public static final SellerId SELLER_ID = new SellerId("seller-1");
    public static final ArbitratorId ARBITER_1 = new ArbitratorId("arbiter-1");
    public static final ArbitratorId ARBITER_2 = new ArbitratorId("arbiter-2");

    public static final Actor BUYER = Actor.buyer(BUYER_ID);
    public static final Actor SELLER = Actor.seller(SELLER_ID);
    public static final Actor OTHER_BUYER = Actor.buyer(new BuyerId("buyer-2"));
    public static final Actor OTHER_SELLER = Actor.seller(new SellerId("seller-2"));
    public static final Actor ARBITRATOR = Actor.arbitrator(ARBITER_1);
    public static final Actor AUDITOR = new Actor(Role.AUDITOR, "auditor-1");
    public static final Actor SUPERVISOR = new Actor(Role.SUPERVISOR, "lead-1");
    /** What the command side records as the actor of an event a deadline caused. */
    public static final String DEADLINE = "SYSTEM:deadline";

    private Parties() {
    }
}
