package org.marketplace.complaints.api.command;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.Text;

import java.time.Instant;

/** A command on an existing complaint: who asks, and when (time enters the aggregate through commands). */
public interface ComplaintCommand {

    /** Longest free text (statements, notes, rationales) in code points: the same bound as a description. */
    int MAX_TEXT = 2_000;

    ComplaintId complaintId();

    Actor actor();

    Instant requestedAt();

    static void check(ComplaintId complaintId, Actor actor, Instant requestedAt) {
        Text.required(complaintId, "complaintId");
        Text.required(actor, "actor");
        Text.required(requestedAt, "requestedAt");
    }
}
