package org.marketplace.complaints.query.audit;

import java.time.Instant;
import org.marketplace.complaints.api.rules.ComplaintFacts;

/**
 * A complaint as it stood at a past instant (or stream version), rebuilt by replaying its events through
 * {@link ComplaintFacts}, the same fold the aggregate and the read models use. {@code version} is the sequence
 * number of the last event applied.
 */
public record ComplaintAtInstant(String complaintId, Instant asOf, long version, ComplaintFacts facts) {
}
