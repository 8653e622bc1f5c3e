package org.marketplace.complaints.api.view;

/** Where a settlement offer stands: open, answered by the buyer, or closed unanswered by a withdrawal or ruling. */
public enum OfferStatus {
    OPEN,
    ACCEPTED,
    DECLINED,
    LAPSED
}
