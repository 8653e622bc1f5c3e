package org.marketplace.complaints.api.query;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.Text;

/** One complaint with its whole story, as this viewer may see it (its parties, arbitrators, auditors). */
public record FindComplaintDetail(ComplaintId complaintId, Actor viewer) {

    public FindComplaintDetail {
        Text.required(complaintId, "complaintId");
        Text.required(viewer, "viewer");
    }
}
