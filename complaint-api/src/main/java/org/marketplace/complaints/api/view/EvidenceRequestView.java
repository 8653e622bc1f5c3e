package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.EvidenceRequestId;

import java.time.Instant;

/** The arbitrator's request that a party (or both) add evidence by a due time; {@code requestedBy} only for staff. */
public record EvidenceRequestView(EvidenceRequestId requestId, EvidenceParty from, String note, Instant dueBy,
                                  Instant requestedAt, EvidenceRequestStatus status, ArbitratorId requestedBy) {
}
