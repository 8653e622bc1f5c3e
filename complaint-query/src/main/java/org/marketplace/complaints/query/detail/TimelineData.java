package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.DeadlineKind;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.Remedy;
import org.marketplace.complaints.api.event.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The facts of a timeline step a client words in its own language: one small mapping per event type, of what a
 * party or staff member reads, never the payload (no deadline policy, no ruled-on version). Values are JSON
 * plain (strings, numbers, booleans, lists, maps): the row stores them as written, whatever the event classes
 * become.
 */
final class TimelineData {

    /** Keys whose value is a staff member's id: dropped for the parties (StaffIds), as the actor's id is. */
    static final Set<String> STAFF_IDS = Set.of("arbitratorId", "previousArbitratorId");

    private TimelineData() {
    }

    static Map<String, Object> of(ComplaintEvent event) {
        if (event instanceof ComplaintFiled e) return data("category", e.category(), "orderId", e.orderId(),
                "evidenceCount", e.evidence().size());
        if (event instanceof EvidenceSubmitted e) return data("evidenceCount", e.evidence().size());
        if (event instanceof SellerResponded e) return data("position", e.position(),
                "evidenceCount", e.evidence().size());
        if (event instanceof NegotiationStarted e) return data("negotiationDueBy", e.negotiationDueBy());
        if (event instanceof SettlementOffered e) return data("offerId", e.offerId(), "type", e.terms().type(),
                "amountFen", e.terms().amountFen(), "note", e.note());
        if (event instanceof SettlementAccepted e) return data("offerId", e.offerId());
        if (event instanceof SettlementFulfilmentStarted e) return data("offerId", e.offerId(),
                "fulfilmentDueBy", e.fulfilmentDueBy());
        if (event instanceof ComplaintClosedAsSettled e) return data("offerId", e.offerId(), "deadline", e.deadline());
        if (event instanceof SettlementDeclined e) return data("offerId", e.offerId(), "note", e.note());
        if (event instanceof WithdrawalRequested e) return data("requestId", e.requestId(), "reason", e.reason(),
                "exceptional", e.exceptional(), "note", e.note(), "evidenceCount", e.evidence().size());
        if (event instanceof WithdrawalRequestApproved e) return data("requestId", e.requestId(), "note", e.note());
        if (event instanceof WithdrawalRequestRejected e) return data("requestId", e.requestId(), "note", e.note());
        if (event instanceof ComplaintWithdrawn e) return data("reason", e.reason(), "mode", e.mode(),
                "note", e.note(), "requestId", e.requestId());
        if (event instanceof PlatformIntervened e) return data("reason", e.reason(), "note", e.note(),
                "deadline", deadlineOf(e.reason()));
        if (event instanceof ArbitratorAssigned e) return data("arbitratorId", e.arbitratorId());
        if (event instanceof ArbitratorReassigned e) return data("arbitratorId", e.arbitratorId(),
                "previousArbitratorId", e.previousArbitratorId());
        if (event instanceof AssignmentReleased e) return data("arbitratorId", e.arbitratorId());
        if (event instanceof EvidenceRequested e) return data("requestId", e.evidenceRequestId(), "from", e.from(),
                "note", e.note(), "dueBy", e.dueBy());
        if (event instanceof EvidenceRequestFulfilled e) return data("requestId", e.evidenceRequestId());
        if (event instanceof EvidenceRequestExpired e) return data("requestId", e.evidenceRequestId(),
                "deadline", DeadlineKind.EVIDENCE, "missingFrom", e.missingFrom().stream().map(Enum::name).toList());
        if (event instanceof WithdrawalSuggested e) return data("rationale", e.rationale());
        if (event instanceof WithdrawalSuggestionDeclined e) return data("note", e.note());
        if (event instanceof ComplaintRuled e) return data("outcome", e.outcome(), "remedy", remedy(e.remedy()),
                "rationale", e.rationale(), "reconsiderationDueBy", e.reconsiderationDueBy());
        if (event instanceof ReconsiderationRequested e) return data("statement", e.statement(),
                "evidenceCount", e.evidence().size());
        if (event instanceof RulingUpheld e) return data("note", e.note());
        if (event instanceof RulingRevised e) return data("outcome", e.outcome(), "remedy", remedy(e.remedy()),
                "rationale", e.rationale());
        // decided: the reconsidering arbitrator's step made it final (no deadline); otherwise its window passed
        if (event instanceof RulingBecameFinal e) return data("reconsidered", e.deadline() == null,
                "deadline", e.deadline());
        // a later event type shows with its name and no facts rather than failing the projection
        return Map.of();
    }

    private static Map<String, Object> remedy(Remedy remedy) {
        return data("type", remedy.type(), "amountFen", remedy.amountFen());
    }

    /** The deadline whose expiry made the platform step in; null when a party asked. */
    private static DeadlineKind deadlineOf(InterventionReason reason) {
        return switch (reason) {
            case SELLER_NO_RESPONSE -> DeadlineKind.SELLER_RESPONSE;
            case NEGOTIATION_TIMEOUT -> DeadlineKind.NEGOTIATION;
            case REQUESTED_BY_BUYER, REQUESTED_BY_SELLER, SETTLEMENT_UNFULFILLED -> null;
        };
    }

    /**
     * Key, value, key, value…: ids, enums and instants as their text; numbers, booleans, lists and maps as they
     * are. A key without a value (no note, no amount) is left out rather than given null.
     */
    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                boolean plain = value instanceof Number || value instanceof Boolean || value instanceof Iterable
                        || value instanceof Map;
                data.put((String) keysAndValues[i], plain ? value : value.toString());
            }
        }
        return data;
    }
}
