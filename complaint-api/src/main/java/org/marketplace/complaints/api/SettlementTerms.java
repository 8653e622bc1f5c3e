package org.marketplace.complaints.api;

/** What the seller offers: a kind of settlement and, for refunds and compensation, an amount in fen. */
public record SettlementTerms(OfferType type, Long amountFen) {

    public SettlementTerms {
        Text.required(type, "type");
        AmountFen.check(amountFen, type.carriesAmount(), type.name());
    }
}
