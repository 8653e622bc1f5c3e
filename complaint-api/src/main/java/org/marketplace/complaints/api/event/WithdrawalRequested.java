package org.marketplace.complaints.api.event;

import org.axonframework.serialization.Revision;
import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.List;

/** The buyer asked to withdraw; the platform reviews the request (通过天猫客服进行申请). */
@Revision("1")
public record WithdrawalRequested(ComplaintId complaintId,
                                  WithdrawalRequestId requestId,
                                  WithdrawalReason reason,
                                  String note,
                                  List<EvidenceItem> evidence,
                                  boolean exceptional,
                                  Instant requestedAt) implements ComplaintEvent {

    @Override
    public Instant occurredAt() {
        return requestedAt;
    }
}
