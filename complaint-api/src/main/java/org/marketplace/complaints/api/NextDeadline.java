package org.marketplace.complaints.api;

import java.time.Instant;

/** The next deadline a complaint runs against and whose move it waits for. */
public record NextDeadline(DeadlineKind kind, Instant dueBy, DeadlineParty party) {
}
