package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.Role;

import java.time.Instant;

/** A reconsideration a party asked for that no arbitrator has decided yet. */
public record PendingReconsideration(Role requestedBy, Instant requestedAt) {
}
