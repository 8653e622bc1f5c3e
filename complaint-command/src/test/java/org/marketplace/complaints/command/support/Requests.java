package org.marketplace.complaints.command.support;

import static org.marketplace.complaints.command.support.JsonBody.json;

import java.util.List;
import java.util.UUID;

/** Valid request bodies of every endpoint; tests vary the one field they are about. */
public final class Requests {

    private Requests() {
    }

    /** A fresh order each time: one complaint per (buyer, order, category), ever. */
    public static JsonBody aComplaintRequest() {
        return json().with("orderId", "order-" + UUID.randomUUID())
                .with("sellerId", "seller-1")
                .with("category", "QUALITY_PROBLEM")
                .with("description", "The kettle leaks from the base after two days.")
                .with("evidence", List.of(anEvidenceItem()));
    }

    public static JsonBody anEvidenceItem() {
        return json().with("kind", "PHOTO").with("reference", "https://files.example/" + UUID.randomUUID() + ".jpg")
                .with("description", "the puddle under the kettle");
    }

    public static JsonBody someEvidence() {
        return json().with("evidence", List.of(anEvidenceItem()));
    }

    public static JsonBody aSellerResponse() {
        return json().with("position", "DISPUTE").with("statement", "The kettle was tested before shipping.")
                .with("evidence", List.of(anEvidenceItem().with("kind", "LOGISTICS")));
    }

    public static JsonBody aRefundOffer() {
        return json().with("type", "PARTIAL_REFUND").with("amountFen", 5_000).with("note", "half the price back");
    }

    public static JsonBody aWithdrawal(String reason) {
        return json().with("reason", reason);
    }

    public static JsonBody aNote() {
        return json().with("note", "see my message");
    }

    public static JsonBody anEvidenceRequest(String from) {
        return json().with("from", from).with("note", "please send the chat log with the seller");
    }

    public static JsonBody aSuggestion() {
        return json().with("rationale", "no violation by the seller was found");
    }

    public static JsonBody aDecision(boolean approve) {
        return json().with("approve", approve).with("note", approve ? "the buyer's reason holds" : "not convincing");
    }

    public static JsonBody aRulingForTheBuyer() {
        return json().with("outcome", "BUYER_FAVOURED")
                .with("remedy", json().with("type", "FULL_REFUND").with("amountFen", 19_900))
                .with("rationale", "the photos show a defect present on delivery");
    }

    /** A party's request for a second look at the ruling, with new evidence (a reconsideration needs some). */
    public static JsonBody aReconsiderationRequest() {
        return json().with("statement", "the courier's report shows the kettle arrived intact")
                .with("evidence", List.of(anEvidenceItem().with("kind", "LOGISTICS")));
    }

    public static JsonBody anUpholding() {
        return json().with("uphold", true).with("note", "the new report does not change the facts");
    }

    public static JsonBody aRevisionForTheSeller() {
        return json().with("uphold", false).with("outcome", "SELLER_FAVOURED")
                .with("remedy", json().with("type", "NONE"))
                .with("rationale", "the courier's report shows the damage happened after delivery");
    }
}
