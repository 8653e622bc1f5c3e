package org.marketplace.complaints.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The stories' steps over HTTP: commands to the command service, reads from the query service. Every read
 * passes the X-Event-Position of the last command as X-Min-Event-Position, so it sees that command's effect.
 */
public final class Marketplace {

    private final String commandUrl;
    private final String queryUrl;
    private long lastPosition;

    public Marketplace(String commandUrl, String queryUrl) {
        this.commandUrl = commandUrl;
        this.queryUrl = queryUrl;
    }

    public static Marketplace of(RunningSystem system) {
        return new Marketplace(system.commandUrl(), system.queryUrl());
    }

    public Answer command(String user, String path, Map<String, ?> body) {
        Answer answer = new Api(commandUrl, user).post(path, body);
        String position = answer.header("X-Event-Position");
        if (position != null) {
            lastPosition = Math.max(lastPosition, Long.parseLong(position));
        }
        return answer;
    }

    public Answer query(String user, String path) {
        return new Api(queryUrl, user).get(path, lastPosition);
    }

    /** The complaint as its buyer's My Complaints shows it now. */
    public JsonNode mySummary(String buyer, String complaintId) {
        Answer page = expect(200, query(buyer, "/api/my/complaints?size=100"));
        for (JsonNode item : page.json().path("items")) {
            if (complaintId.equals(item.path("complaintId").asText())) {
                return item;
            }
        }
        throw new AssertionError(complaintId + " is not among " + buyer + "'s newest complaints: " + page);
    }

    /** The complaint's entry in the arbitration queue as the viewer sees it (paged through, oldest first), or null. */
    public JsonNode queueEntry(String viewer, String complaintId, String filters) {
        for (int page = 0; ; page++) {
            JsonNode items = expect(200, query(viewer, "/api/arbitration/queue?size=100&page=" + page + "&" + filters))
                    .json().path("items");
            if (items.isEmpty()) {
                return null;
            }
            for (JsonNode item : items) {
                if (complaintId.equals(item.path("complaintId").asText())) {
                    return item;
                }
            }
        }
    }

    /** Every stored event of the complaint, in order, as an auditor reads them (type, actor, payload…). */
    public JsonNode auditedEvents(String complaintId) {
        return expect(200, query("auditor-1", "/api/audit/complaints/" + complaintId + "/events")).json();
    }

    // --- a complaint brought to a point of its lifecycle by buyer-1 against seller-1

    public static Map<String, Object> aComplaint() {
        return Map.of("orderId", "order-" + UUID.randomUUID(), "sellerId", "seller-1", "category", "QUALITY_PROBLEM",
                "description", "保温杯杯身有裂缝，装水后漏水。", "evidence", List.of(anEvidenceItem()));
    }

    public String filed(Map<String, Object> complaint) {
        return expect(201, command("buyer-1", "/api/complaints", complaint)).text("complaintId");
    }

    public String filed() {
        return filed(aComplaint());
    }

    public String responded() {
        String id = filed();
        expect(202, command("seller-1", path(id, "/seller-response"), Map.of("position", "DISPUTE",
                "statement", "The cup was intact when shipped.", "evidence", List.of(anEvidenceItem()))));
        return id;
    }

    public String offered(String complaintId) {
        return expect(201, command("seller-1", path(complaintId, "/settlement-offers"),
                Map.of("type", "FULL_REFUND", "amountFen", 12900, "note", "全额退款"))).text("offerId");
    }

    public void accepted(String complaintId, String offerId) {
        expect(202, command("buyer-1", path(complaintId, "/settlement-offers/" + offerId + "/acceptance"), Map.of()));
    }

    public String intervened() {
        String id = responded();
        expect(202, command("buyer-1", path(id, "/intervention-request"), Map.of("note", "we cannot agree")));
        return id;
    }

    /** Intervened on the buyer's request and taken from the queue by the arbitrator. */
    public String takenBy(String arbitrator) {
        String id = intervened();
        assigned(id, arbitrator);
        return id;
    }

    public void assigned(String complaintId, String arbitrator) {
        expect(202, command(arbitrator, path(complaintId, "/assignment"), Map.of()));
    }

    public void suggested(String complaintId, String arbitrator) {
        expect(202, command(arbitrator, path(complaintId, "/withdrawal-suggestion"),
                Map.of("rationale", "no violation by the seller was found")));
    }

    public void ruled(String complaintId, String arbitrator) {
        expect(200, command(arbitrator, path(complaintId, "/ruling"), Map.of("outcome", "BUYER_FAVOURED",
                "remedy", Map.of("type", "FULL_REFUND", "amountFen", 12900), "rationale", "the photos show the crack")));
    }

    /** A party asks for the ruling to be reconsidered, with a statement and new evidence. */
    public Answer requestReconsideration(String party, String complaintId) {
        return command(party, path(complaintId, "/reconsideration"), Map.of("statement",
                "快递签收记录显示杯子签收时完好，裂缝是签收之后出现的。", "evidence", List.of(anEvidenceItem())));
    }

    /**
     * A withdrawal that carries everything any mode may need (the agreed terms, new evidence), so that only the
     * rule decides whether it goes through.
     */
    public Answer withdraw(String complaintId, String reason) {
        return command("buyer-1", path(complaintId, "/withdrawal"), Map.of("reason", reason,
                "note", "we agreed on a full refund of 129 yuan", "evidence", List.of(anEvidenceItem())));
    }

    public static Map<String, Object> anEvidenceItem() {
        return Map.of("kind", "PHOTO", "reference", "https://img.example.com/" + UUID.randomUUID() + ".jpg");
    }

    public static String path(String complaintId, String step) {
        return "/api/complaints/" + complaintId + step;
    }

    public static Answer expect(int status, Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        return answer;
    }
}
