package org.marketplace.complaints.api.query;

import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.Text;

/** The complaints against the seller's shop, newest first, optionally only those in one state (null: every state). */
public record FindShopComplaints(SellerId sellerId, ComplaintState state, int page, int size) {

    public FindShopComplaints {
        Text.required(sellerId, "sellerId");
        Paging.check(page, size);
    }
}
