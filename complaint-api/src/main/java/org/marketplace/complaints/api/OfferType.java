package org.marketplace.complaints.api;

/** What the seller offers to settle (退款、换货或者进行其他补偿); refunds and compensation carry an amount. */
public enum OfferType {
    FULL_REFUND(true),
    PARTIAL_REFUND(true),
    EXCHANGE(false),
    REPAIR(false),
    COMPENSATION(true);

    private final boolean carriesAmount;

    OfferType(boolean carriesAmount) {
        this.carriesAmount = carriesAmount;
    }

    public boolean carriesAmount() {
        return carriesAmount;
    }
}
