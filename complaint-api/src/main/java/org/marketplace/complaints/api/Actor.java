package org.marketplace.complaints.api;

/** Who does something: the authenticated principal's name and the role it acts in. */
public record Actor(Role role, String id) {

    public Actor {
        Text.required(role, "role");
        id = Text.requireId(id, "actor");
    }

    public static Actor buyer(BuyerId buyer) {
        return new Actor(Role.BUYER, buyer.value());
    }

    public static Actor seller(SellerId seller) {
        return new Actor(Role.SELLER, seller.value());
    }

    public static Actor arbitrator(ArbitratorId arbitrator) {
        return new Actor(Role.ARBITRATOR, arbitrator.value());
    }

    public boolean is(Role role, Object id) {
        return this.role == role && id != null && this.id.equals(id.toString());
    }

    @Override
    public String toString() {
        return role + ":" + id;
    }
}
