package org.marketplace.complaints.api.view;

/**
 * Where the platform's suggestion to withdraw stands: open, followed (the buyer withdrew as PLATFORM_SUGGESTED),
 * declined, or closed unanswered by a ruling or another withdrawal (as an offer lapses).
 */
public enum WithdrawalSuggestionStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    LAPSED
}
