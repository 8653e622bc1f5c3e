package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.ComplaintId;

/** No such complaint, or not one the caller may see: both answer 404 so that nothing leaks. */
public class ComplaintNotFoundException extends RuntimeException {

    public ComplaintNotFoundException(ComplaintId complaintId) {
        super("no complaint " + complaintId);
    }
}
