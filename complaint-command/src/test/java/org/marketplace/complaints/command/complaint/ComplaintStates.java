package org.marketplace.complaints.command.complaint;

import org.marketplace.complaints.api.ComplaintState;

import java.util.List;
import java.util.stream.Stream;

import static org.marketplace.complaints.api.EvidenceParty.BOTH;
import static org.marketplace.complaints.api.InterventionReason.*;
import static org.marketplace.complaints.api.WithdrawalReason.INSUFFICIENT_EVIDENCE;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.ARBITER_1;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.ARBITER_2;

/** Every state and sub-fact a complaint can be in, each as the history that leads there. */
final class ComplaintStates {

    private ComplaintStates() {
    }

    static List<ComplaintScenario> every(ComplaintScenario filed) {
        ComplaintScenario negotiating = filed.respondedBySeller();
        ComplaintScenario intervened = negotiating.intervened(REQUESTED_BY_BUYER);
        ComplaintScenario assigned = intervened.assignedTo(ARBITER_1);
        ComplaintScenario ruled = assigned.ruledBy(ARBITER_1);
        return List.of(
                filed,
                filed.withPendingWithdrawal().named("awaiting seller, pending request"),
                negotiating.named("negotiating"),
                filed.withOpenOffer().named("negotiating, open offer"),
                filed.withAcceptedOffer().named("negotiating, accepted offer"),
                filed.withDeclinedOffer().named("negotiating, declined offer"),
                negotiating.withPendingWithdrawal().named("negotiating, pending request"),
                negotiating.withRejectedWithdrawal().named("negotiating, rejected request"),
                filed.intervened(SELLER_NO_RESPONSE),
                negotiating.intervened(NEGOTIATION_TIMEOUT),
                intervened,
                negotiating.intervened(REQUESTED_BY_SELLER),
                filed.withOpenOffer().intervened(REQUESTED_BY_SELLER).named("intervened, open offer"),
                filed.withOfferAcceptedBeforeFulfilmentWindows().named("negotiating, accepted before fulfilment windows"),
                filed.withOfferAcceptedBeforeFulfilmentWindows().intervened(REQUESTED_BY_BUYER)
                        .named("intervened, accepted offer"),
                filed.withAcceptedOffer().intervened(SETTLEMENT_UNFULFILLED).named("intervened, settlement unfulfilled"),
                filed.withAcceptedOffer().closedAsSettled(),
                intervened.withPendingWithdrawal().named("intervened unassigned, pending request"),
                assigned,
                assigned.released(),
                assigned.reassignedTo(ARBITER_2),
                intervened.reassignedTo(ARBITER_2).named("unassigned, then handed to " + ARBITER_2),
                assigned.withPendingWithdrawal().named("assigned, pending request"),
                assigned.withSuggestion(),
                assigned.withDeclinedSuggestion(),
                assigned.withEvidenceRequest(BOTH),
                ruled,
                ruled.withPendingWithdrawal(INSUFFICIENT_EVIDENCE),
                negotiating.withdrawn().named("withdrawn directly"),
                negotiating.withPendingWithdrawal().withApprovedWithdrawal());
    }

    static Stream<ComplaintScenario> open(ComplaintScenario filed) {
        return every(filed).stream().filter(s -> !s.facts().state().isTerminal());
    }
}
