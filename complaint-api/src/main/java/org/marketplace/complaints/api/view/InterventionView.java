package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.InterventionReason;

import java.time.Instant;

/** Why and when the platform stepped in (天猫介入); {@code note}: what the party who asked for it wrote. */
public record InterventionView(InterventionReason reason, Instant at, String note) {
}
