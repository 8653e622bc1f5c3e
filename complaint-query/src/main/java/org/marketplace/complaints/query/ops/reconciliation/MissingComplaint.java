package org.marketplace.complaints.query.ops.reconciliation;

/**
 * A complaint whose stored events the read model has not all applied: it applied up to
 * {@code appliedSequence} (null: it has no row at all), the store holds up to {@code storedSequence}.
 */
public record MissingComplaint(String complaintId, Long appliedSequence, long storedSequence) {
}
