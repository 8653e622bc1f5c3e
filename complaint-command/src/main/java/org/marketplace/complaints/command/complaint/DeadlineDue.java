package org.marketplace.complaints.command.complaint;

import org.marketplace.complaints.api.EvidenceRequestId;

import java.time.Instant;

/**
 * The payload of a scheduled deadline: when it was due and, for evidence, which request it guards, so
 * that a deadline of an earlier request never expires a later one. Stored by the deadline manager.
 */
public record DeadlineDue(Instant dueBy, EvidenceRequestId evidenceRequestId) {

    static DeadlineDue at(Instant dueBy) {
        return new DeadlineDue(dueBy, null);
    }
}
