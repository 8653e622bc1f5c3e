package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.EvidenceKind;

import java.time.Instant;

/** One piece of evidence on file for a complaint, with who submitted it and when. */
public record EvidenceView(EvidenceKind kind, String reference, String description, Actor submittedBy,
                           Instant submittedAt) {
}
