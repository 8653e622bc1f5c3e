package org.marketplace.complaints.api.query;

import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.Text;

/** The buyer's own complaints, newest first, optionally only those in one state (null: every state). */
public record FindMyComplaints(BuyerId buyerId, ComplaintState state, int page, int size) {

    public FindMyComplaints {
        Text.required(buyerId, "buyerId");
        Paging.check(page, size);
    }
}
