package org.marketplace.complaints.query.ops.rebuild;

import static org.marketplace.complaints.api.InterventionReason.*;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.DomainEventMessage;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.query.detail.ComplaintStory;
import org.marketplace.complaints.query.detail.ComplaintSteps;

/**
 * Complaints in every state and with every kind of row (offers, evidence, queue entries of every kind, the
 * detail's requests, suggestions, interventions and reconsiderations), walked through the lifecycle by the detail
 * tests' steps:
 * complaint i takes path i % paths, filed a minute after i - 1.
 */
final class GeneratedComplaints {

    static final Instant FIRST_FILED = Instant.parse("2025-01-01T00:00:00Z");
    private static final ComplaintCategory[] CATEGORIES = ComplaintCategory.values();
    private static final List<UnaryOperator<ComplaintSteps>> PATHS = List.of(
            complaint -> complaint,
            ComplaintSteps::sellerResponded,
            complaint -> complaint.settlementOffered(OfferType.PARTIAL_REFUND, 5_000L).offerDeclined(),
            complaint -> complaint.sellerResponded().settlementOffered(OfferType.FULL_REFUND, 9_900L).offerAccepted()
                    .withdrawnDirectly(),
            complaint -> complaint.sellerResponded().withdrawalRequested(WithdrawalReason.MISUNDERSTANDING)
                    .withdrawalRejectedBy(ARBITER_1),
            complaint -> complaint.intervened(SELLER_NO_RESPONSE),
            complaint -> complaint.intervened(REQUESTED_BY_BUYER).assignedTo(ARBITER_1)
                    .evidenceRequested(EvidenceParty.BOTH).evidenceSubmittedBy(BUYER).evidenceRequestExpired(),
            complaint -> complaint.sellerResponded().intervened(NEGOTIATION_TIMEOUT).assignedTo(ARBITER_2)
                    .evidenceRequested(EvidenceParty.BUYER).evidenceSubmittedBy(BUYER).evidenceRequestFulfilled()
                    .ruledBy(ARBITER_2),
            complaint -> complaint.intervened(REQUESTED_BY_SELLER).assignedTo(ARBITER_1).withdrawalSuggested()
                    .suggestionDeclined().ruledBy(ARBITER_1)
                    .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE),
            complaint -> complaint.intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).ruledBy(ARBITER_1)
                    .withdrawalRequested(WithdrawalReason.SETTLED).withdrawalApprovedBy(ARBITER_1),
            // a second path with a suggestion: every detail table gets more than a tenth of the complaints' rows
            complaint -> complaint.intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_2).withdrawalSuggested()
                    .withdrawnAsSuggested(),
            // a ruling's reconsideration: waiting in the queue, upheld, revised, or its window passed unused
            complaint -> complaint.intervened(REQUESTED_BY_BUYER).assignedTo(ARBITER_1).ruledBy(ARBITER_1)
                    .reconsiderationRequestedBy(SELLER),
            complaint -> complaint.intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).ruledBy(ARBITER_1)
                    .reconsiderationRequestedBy(BUYER).assignedTo(ARBITER_2).rulingUpheldBy(ARBITER_2),
            complaint -> complaint.sellerResponded().intervened(NEGOTIATION_TIMEOUT).assignedTo(ARBITER_2)
                    .ruledBy(ARBITER_2).reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_1)
                    .rulingRevisedBy(ARBITER_1),
            complaint -> complaint.intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_2).ruledBy(ARBITER_2)
                    .reconsiderationWindowPassed());

    private GeneratedComplaints() {
    }

    /** The events of complaint {@code i}, numbered from 0, with the actor metadata the command side records. */
    static List<DomainEventMessage<?>> eventsOf(int i) {
        ComplaintSteps filed = ComplaintStory.aFiledComplaint("generated-" + i, CATEGORIES[i % CATEGORIES.length],
                FIRST_FILED.plus(Duration.ofMinutes(i)));
        return List.copyOf(PATHS.get(i % PATHS.size()).apply(filed).messages());
    }
}
