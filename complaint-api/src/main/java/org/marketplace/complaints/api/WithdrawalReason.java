package org.marketplace.complaints.api;

/** Why the buyer takes a complaint back. */
public enum WithdrawalReason {
    /** The parties settled before the platform intervened (卖家愿意退款、换货或者进行其他补偿). */
    SETTLED,
    /** The buyer finds their evidence insufficient (证据不足). */
    INSUFFICIENT_EVIDENCE,
    /** The complaint rests on a misunderstanding (存在误解). */
    MISUNDERSTANDING,
    /** The buyer follows the platform's suggestion to withdraw (天猫建议买家撤销投诉). */
    PLATFORM_SUGGESTED
}
