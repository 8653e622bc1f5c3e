package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.view.TimelineActor;
import org.marketplace.complaints.api.view.TimelineEntry;

class ComplaintTimelineTest {

    private static final TimelineActor THE_BUYER = new TimelineActor("BUYER", "buyer-1");
    private static final TimelineActor THE_SELLER = new TimelineActor("SELLER", "seller-1");
    /** Staff as a party sees them: the role, no id. */
    private static final TimelineActor THE_PLATFORM = new TimelineActor("ARBITRATOR", null);

    private final DetailFixture detail = new DetailFixture();

    @Test
    void theTimeline_hasOneEntryPerEvent_inOrder_withWhoDidIt_theFacts_andASentence() {
        ComplaintSteps story = aFiledComplaint().sellerResponded().intervened(REQUESTED_BY_BUYER).assignedTo(ARBITER_1)
                .ruledBy(ARBITER_1);

        detail.projection.deliver(story);

        assertThat(detail.detail(story.id(), BUYER).timeline()).containsExactly(
                entry(0, 0, "ComplaintFiled", THE_BUYER,
                        data("category", "QUALITY_PROBLEM", "orderId", "order-1", "evidenceCount", 1),
                        "Buyer filed a complaint: QUALITY_PROBLEM"),
                entry(1, 1, "SellerResponded", THE_SELLER, data("position", "DISPUTE", "evidenceCount", 1),
                        "Seller responded: DISPUTE"),
                entry(2, 1, "NegotiationStarted", THE_SELLER,
                        data("negotiationDueBy", hours(1).plus(Duration.ofDays(7)).toString()),
                        "Negotiation started, open until " + hours(1).plus(Duration.ofDays(7))),
                entry(3, 2, "PlatformIntervened", THE_BUYER, data("reason", "REQUESTED_BY_BUYER", "note", "请平台介入"),
                        "Platform intervened: REQUESTED_BY_BUYER"),
                entry(4, 3, "ArbitratorAssigned", THE_PLATFORM, data(), "Assigned to an arbitrator"),
                entry(5, 4, "ComplaintRuled", THE_PLATFORM, data("outcome", "BUYER_FAVOURED",
                                "remedy", data("type", "FULL_REFUND", "amountFen", 12_900), "rationale", "商品确有质量问题",
                                "reconsiderationDueBy", hours(4).plus(Duration.ofDays(7)).toString()),
                        "Ruled: BUYER_FAVOURED, remedy FULL_REFUND of 12900 fen"));
    }

    @Test
    void eventsThatADeadlineCaused_areTheSystems_andNameTheDeadline() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .evidenceRequested(EvidenceParty.SELLER).evidenceRequestExpired();

        detail.projection.deliver(story);

        List<TimelineEntry> bySystem = detail.detail(story.id(), BUYER).timeline().stream()
                .filter(entry -> entry.actor().role().equals("SYSTEM")).toList();
        assertThat(bySystem).extracting(TimelineEntry::actor).containsOnly(new TimelineActor("SYSTEM", "deadline"));
        assertThat(bySystem).extracting(TimelineEntry::summary).containsExactly("Platform intervened: SELLER_NO_RESPONSE",
                "Evidence request expired without evidence from [SELLER]");
        assertThat(bySystem).extracting(entry -> entry.data().get("deadline")).containsExactly("SELLER_RESPONSE", "EVIDENCE");
        assertThat(bySystem.get(1).data()).containsEntry("missingFrom", List.of("SELLER"))
                .containsEntry("requestId", "evidence-request-1");
    }

    @Test
    void everyEventType_isToldInASentence_notByItsName_andHasFactsToWordItBy() {
        ComplaintSteps story = aFiledComplaint().sellerResponded().settlementOffered(OfferType.PARTIAL_REFUND, 5_000L)
                .offerDeclined()
                .settlementOffered(OfferType.EXCHANGE, null).settlementAgreed()
                .withdrawalRequested(WithdrawalReason.MISUNDERSTANDING).withdrawalRejectedBy(ARBITER_1)
                .evidenceSubmittedBy(BUYER).intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .evidenceRequested(EvidenceParty.BUYER).evidenceSubmittedBy(BUYER).evidenceRequestFulfilled()
                .evidenceRequested(EvidenceParty.SELLER).evidenceRequestExpired()
                .withdrawalSuggested().suggestionDeclined().ruledBy(ARBITER_1)
                .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE).withdrawalApprovedBy(ARBITER_2);

        detail.projection.deliver(story);

        List<TimelineEntry> timeline = detail.detail(story.id(), AUDITOR).timeline();
        assertThat(timeline).hasSize(story.messages().size())
                .allSatisfy(entry -> assertThat(entry.summary()).isNotEqualTo(entry.type()).isNotBlank())
                .allSatisfy(entry -> assertThat(entry.data()).as(entry.type()).isNotEmpty())
                .allSatisfy(entry -> assertThat(entry.actor()).as(entry.type()).isNotNull());
        // the story holds 20 of the 25 event types of the published language; the terminal ComplaintClosedAsSettled
        // cannot follow a ruling, so SettlementTimelineTest tells it, and ReconsiderationTimelineTest the four of a
        // ruling's reconsideration
        assertThat(timeline.stream().map(TimelineEntry::type).distinct()).hasSize(20);
        assertThat(timeline).filteredOn(entry -> entry.type().equals("SettlementOffered")).first()
                .extracting(TimelineEntry::data).isEqualTo(data("offerId", "offer-1", "type", "PARTIAL_REFUND",
                        "amountFen", 5_000, "note", "退一半货款"));
        assertThat(timeline).filteredOn(entry -> entry.type().equals("WithdrawalRequested")).first()
                .extracting(TimelineEntry::data).isEqualTo(data("requestId", "request-3", "reason", "MISUNDERSTANDING",
                        "exceptional", false, "note", "我想撤销投诉", "evidenceCount", 0));
    }

    @Test
    void anEventDeliveredTwice_isToldOnce() {
        ComplaintSteps story = aFiledComplaint().sellerResponded();

        detail.projection.deliver(story).deliver(story.messages().subList(1, 2));

        assertThat(detail.detail(story.id(), BUYER).timeline()).hasSize(3);
    }

    private static TimelineEntry entry(long sequence, int hoursAfterFiling, String type, TimelineActor actor,
                                       Map<String, Object> data, String summary) {
        return new TimelineEntry(sequence, hours(hoursAfterFiling), type, actor, data, summary);
    }

    /** Key, value…: as the stored JSON reads back (texts, ints, booleans, maps). */
    static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    private static Instant hours(int afterFiling) {
        return FILED_AT.plus(Duration.ofHours(afterFiling));
    }
}
