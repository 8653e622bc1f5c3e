package org.marketplace.complaints.query.ops.reconciliation;

import java.util.List;

/**
 * One read model against the event store: the complaints it holds and those the store holds, the global
 * position its processor has passed on every segment (null before it has a token) and the store's head, and
 * the complaints it has not fully applied up to that position (the first {@code missing}, of
 * {@code missingCount}).
 */
public record ReadModelReconciliation(String readModel, long complaints, long storeComplaints, Long position,
                                      long head, List<MissingComplaint> missing, long missingCount) {
}
