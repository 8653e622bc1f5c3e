package org.marketplace.complaints.command.web;

import java.net.URI;
import java.util.UUID;
import org.marketplace.complaints.api.ComplaintId;

/** Complaint ids in URLs are UUIDs (name-based, see ComplaintId.forKey): anything else is a 400 before we look. */
public final class ComplaintPaths {

    public static final String BASE = "/api/complaints";
    public static final String ONE = BASE + "/{id}";

    private ComplaintPaths() {
    }

    public static ComplaintId complaintId(UUID id) {
        return new ComplaintId(id.toString());
    }

    /** Relative on purpose: the complaint is read from the query service, not from this host. */
    public static URI location(ComplaintId id) {
        return URI.create(BASE + "/" + id);
    }
}
