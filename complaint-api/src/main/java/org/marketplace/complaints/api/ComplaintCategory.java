package org.marketplace.complaints.api;

/** Why the buyer complains (触发投诉的常见原因). */
public enum ComplaintCategory {
    QUALITY_PROBLEM,
    FALSE_ADVERTISING,
    LATE_DELIVERY,
    NO_AFTER_SALES_SERVICE,
    PRICE_FRAUD,
    OTHER
}
