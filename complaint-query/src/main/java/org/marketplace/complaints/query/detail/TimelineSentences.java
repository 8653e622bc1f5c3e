package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.event.*;

import java.util.Locale;

/**
 * A short sentence per event for the timeline: what a party or staff member reads, not the payload. One sentence
 * for every viewer, so it names no staff member (the parties never see staff ids; staff find them in the actor).
 */
final class TimelineSentences {

    private TimelineSentences() {
    }

    static String of(ComplaintEvent event) {
        if (event instanceof ComplaintFiled e) return "Buyer filed a complaint: " + e.category();
        if (event instanceof EvidenceSubmitted e) return e.submittedBy().role() + " added evidence: " + items(e.evidence().size());
        if (event instanceof SellerResponded e) return "Seller responded: " + e.position();
        if (event instanceof NegotiationStarted e) return "Negotiation started, open until " + e.negotiationDueBy();
        if (event instanceof SettlementOffered e) return "Seller offered a settlement: " + e.terms().type()
                + amount(e.terms().amountFen());
        if (event instanceof SettlementAccepted e) return "Buyer accepted settlement offer " + e.offerId();
        if (event instanceof SettlementFulfilmentStarted e) return "Settlement agreed: the seller carries it out by "
                + e.fulfilmentDueBy();
        if (event instanceof ComplaintClosedAsSettled) return "Closed as settled: the fulfilment window passed";
        if (event instanceof SettlementDeclined e) return "Buyer declined settlement offer " + e.offerId();
        if (event instanceof WithdrawalRequested e) return (e.exceptional() ? "Buyer asked for an exceptional withdrawal: "
                : "Buyer asked to withdraw: ") + e.reason();
        if (event instanceof WithdrawalRequestApproved) return "Withdrawal request approved by the platform";
        if (event instanceof WithdrawalRequestRejected) return "Withdrawal request rejected by the platform";
        if (event instanceof ComplaintWithdrawn e) return "Complaint withdrawn: " + e.reason() + " (" + e.mode() + ")";
        if (event instanceof PlatformIntervened e) return "Platform intervened: " + e.reason();
        if (event instanceof ArbitratorAssigned) return "Assigned to an arbitrator";
        if (event instanceof ArbitratorReassigned) return "Reassigned to an arbitrator by the arbitration lead";
        if (event instanceof AssignmentReleased) return "Put back into the arbitration queue";
        if (event instanceof EvidenceRequested e) return "Evidence requested from " + e.from() + ", due by " + e.dueBy();
        if (event instanceof EvidenceRequestFulfilled) return "Requested evidence received";
        if (event instanceof EvidenceRequestExpired e) return "Evidence request expired without evidence from " + e.missingFrom();
        if (event instanceof WithdrawalSuggested) return "Platform suggested that the buyer withdraw";
        if (event instanceof WithdrawalSuggestionDeclined) return "Buyer declined the withdrawal suggestion";
        if (event instanceof ComplaintRuled e) return "Ruled: " + e.outcome() + ", remedy " + e.remedy().type()
                + amount(e.remedy().amountFen());
        if (event instanceof ReconsiderationRequested e) return party(e.requestedBy().role())
                + " asked for the ruling to be reconsidered, with new evidence: " + items(e.evidence().size());
        if (event instanceof RulingUpheld) return "The ruling was upheld on reconsideration";
        if (event instanceof RulingRevised e) return "The ruling was revised on reconsideration: " + e.outcome()
                + ", remedy " + e.remedy().type() + amount(e.remedy().amountFen());
        if (event instanceof RulingBecameFinal e) return e.deadline() == null
                ? "The ruling is final: its reconsideration was decided"
                : "The ruling is final: nobody asked for its reconsideration in time";
        // a later event type shows up by name rather than failing the projection
        return event.getClass().getSimpleName();
    }

    /** BUYER → Buyer, as the other sentences name the parties. */
    private static String party(Role role) {
        String name = role.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String amount(Long fen) {
        return fen == null ? "" : " of " + fen + " fen";
    }

    private static String items(int count) {
        return count == 1 ? "1 item" : count + " items";
    }
}
