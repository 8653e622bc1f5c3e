package org.marketplace.complaints.api;

/** Where a complaint stands in its lifecycle. */
public enum ComplaintState {
    /** Filed (买家发起投诉); the seller's response window runs. */
    AWAITING_SELLER,
    /** The seller responded or offered a settlement (卖家申诉 / 协商). */
    NEGOTIATING,
    /** The platform stepped in (天猫介入仲裁); the case is in the arbitration queue. */
    PLATFORM_INTERVENED,
    /** A binding ruling was issued (最终处理结果). */
    RULED,
    /** The buyer's complaint was taken back (撤销投诉). */
    WITHDRAWN,
    /** Closed as settled: the fulfilment window of an accepted settlement passed without a complaint about it. */
    SETTLED;
    
    public boolean isTerminal() {
        return this == RULED || this == WITHDRAWN || this == SETTLED;
    }
    
    /** Before the platform intervened, the parties may still settle between themselves. */
    public boolean isBeforeIntervention() {
        return this == AWAITING_SELLER || this == NEGOTIATING;
    }
}
