package org.marketplace.complaints.api;

/** Money in CNY fen (1/100 yuan): integers only, never floating point. */
public final class AmountFen {

    /** One hundred million yuan: far above any order, low enough to catch a typo of extra digits. */
    public static final long MAX = 10_000_000_000L;

    private AmountFen() {
    }

    /** Checks that an amount is present exactly when the kind of settlement carries one. */
    public static Long check(Long amountFen, boolean carriesAmount, String kind) {
        if (carriesAmount && amountFen == null) {
            throw new IllegalArgumentException("amountFen is required for " + kind);
        }
        if (!carriesAmount && amountFen != null) {
            throw new IllegalArgumentException("amountFen is not allowed for " + kind);
        }
        if (amountFen != null && (amountFen < 1 || amountFen > MAX)) {
            throw new IllegalArgumentException("amountFen must be between 1 and " + MAX);
        }
        return amountFen;
    }
}
