package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.WithdrawalRequestId;

import java.time.Instant;
import java.util.List;

/**
 * A buyer's request to withdraw that the platform reviews, and its decision. {@code evidenceReferences}: the
 * references of the new evidence it brought (the items themselves are in the detail's evidence list);
 * {@code decidedBy} only for staff (StaffIds).
 */
public record WithdrawalRequestView(WithdrawalRequestId requestId, WithdrawalReason reason, boolean exceptional,
                                    String note, List<String> evidenceReferences, Instant requestedAt,
                                    WithdrawalRequestStatus status, Instant decidedAt, String decisionNote,
                                    ArbitratorId decidedBy) {
}
