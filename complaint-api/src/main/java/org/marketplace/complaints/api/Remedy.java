package org.marketplace.complaints.api;

/** What a ruling orders the seller to do, with its amount in fen where the kind carries one. */
public record Remedy(RemedyType type, Long amountFen) {

    public Remedy {
        Text.required(type, "remedy.type");
        AmountFen.check(amountFen, type.carriesAmount(), type.name());
    }

    public static Remedy none() {
        return new Remedy(RemedyType.NONE, null);
    }
}
