package org.marketplace.complaints.e2e.scaleout;

import java.util.List;
import java.util.Map;
import org.marketplace.complaints.e2e.support.Marketplace;

/** The bodies the scale-out tests send, small and valid, so that only concurrency decides the answers. */
final class Filing {

    private Filing() {
    }

    static Map<String, Object> complaint(String orderId, String sellerId) {
        return Map.of("orderId", orderId, "sellerId", sellerId, "category", "QUALITY_PROBLEM",
                "description", "杯身有裂缝", "evidence", List.of(Marketplace.anEvidenceItem()));
    }

    static Map<String, Object> dispute() {
        return Map.of("position", "DISPUTE", "statement", "intact when shipped",
                "evidence", List.of(Marketplace.anEvidenceItem()));
    }

    static Map<String, Object> evidence() {
        return Map.of("evidence", List.of(Marketplace.anEvidenceItem()));
    }

    static Map<String, Object> offer() {
        return Map.of("type", "PARTIAL_REFUND", "amountFen", 3000, "note", "部分退款");
    }

    static long position(org.marketplace.complaints.e2e.support.Answer answer) {
        String header = answer.header("X-Event-Position");
        if (header == null) {
            throw new AssertionError("no X-Event-Position: " + answer);
        }
        return Long.parseLong(header);
    }
}
