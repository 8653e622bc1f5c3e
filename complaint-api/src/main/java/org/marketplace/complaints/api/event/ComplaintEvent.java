package org.marketplace.complaints.api.event;

import org.marketplace.complaints.api.ComplaintId;

import java.time.Instant;

/** A fact in a complaint's history; every event of the complaint aggregate is one. */
public interface ComplaintEvent {

    ComplaintId complaintId();

    /** When it happened in the business sense (the time the command or the deadline carried). */
    Instant occurredAt();
}
