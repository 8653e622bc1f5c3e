package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.view.TimelineEntry;

class ComplaintTimelineTest {

    private final DetailFixture detail = new DetailFixture();

    @Test
    void theTimeline_hasOneEntryPerEvent_inOrder_withWhoDidItAndWhat() {
        ComplaintSteps story = aFiledComplaint().sellerResponded().intervened(REQUESTED_BY_BUYER).assignedTo(ARBITER_1)
                .ruledBy(ARBITER_1);

        detail.projection.deliver(story);

        assertThat(detail.detail(story.id(), BUYER).timeline()).containsExactly(
                entry(0, 0, "ComplaintFiled", "BUYER:buyer-1", "Buyer filed a complaint: QUALITY_PROBLEM"),
                entry(1, 1, "SellerResponded", "SELLER:seller-1", "Seller responded: DISPUTE"),
                entry(2, 1, "NegotiationStarted", "SELLER:seller-1",
                        "Negotiation started, open until " + hours(1).plus(Duration.ofDays(7))),
                entry(3, 2, "PlatformIntervened", "BUYER:buyer-1", "Platform intervened: REQUESTED_BY_BUYER"),
                entry(4, 3, "ArbitratorAssigned", "ARBITRATOR:arbiter-1", "Assigned to arbitrator arbiter-1"),
                entry(5, 4, "ComplaintRuled", "ARBITRATOR:arbiter-1",
                        "Ruled: BUYER_FAVOURED, remedy FULL_REFUND of 12900 fen"));
    }

    @Test
    void eventsThatADeadlineCaused_areTheSystems() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .evidenceRequested(EvidenceParty.SELLER).evidenceRequestExpired();

        detail.projection.deliver(story);

        assertThat(detail.detail(story.id(), ARBITRATOR).timeline()).filteredOn(e -> DEADLINE.equals(e.actor()))
                .extracting(TimelineEntry::summary).containsExactly("Platform intervened: SELLER_NO_RESPONSE",
                        "Evidence request expired without evidence from [SELLER]");
    }

    @Test
    void everyEventType_isToldInASentence_notByItsName() {
        ComplaintSteps story = aFiledComplaint().sellerResponded().settlementOffered(OfferType.PARTIAL_REFUND, 5_000L)
                .offerDeclined()
                .settlementOffered(OfferType.EXCHANGE, null).offerAccepted()
                .withdrawalRequested(WithdrawalReason.MISUNDERSTANDING).withdrawalRejectedBy(ARBITER_1)
                .evidenceSubmittedBy(BUYER).intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .evidenceRequested(EvidenceParty.BUYER).evidenceSubmittedBy(BUYER).evidenceRequestFulfilled()
                .evidenceRequested(EvidenceParty.SELLER).evidenceRequestExpired()
                .withdrawalSuggested().suggestionDeclined().ruledBy(ARBITER_1)
                .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE).withdrawalApprovedBy(ARBITER_2);

        detail.projection.deliver(story);

        List<TimelineEntry> timeline = detail.detail(story.id(), AUDITOR).timeline();
        assertThat(timeline).hasSize(story.messages().size())
                .allSatisfy(entry -> assertThat(entry.summary()).isNotEqualTo(entry.type()).isNotBlank());
        // the story holds every one of the 19 event types of the published language
        assertThat(timeline.stream().map(TimelineEntry::type).distinct()).hasSize(19);
    }

    @Test
    void anEventDeliveredTwice_isToldOnce() {
        ComplaintSteps story = aFiledComplaint().sellerResponded();

        detail.projection.deliver(story).deliver(story.messages().subList(1, 2));

        assertThat(detail.detail(story.id(), BUYER).timeline()).hasSize(3);
    }

    private static TimelineEntry entry(long sequence, int hoursAfterFiling, String type, String actor, String summary) {
        return new TimelineEntry(sequence, hours(hoursAfterFiling), type, actor, summary);
    }

    private static Instant hours(int afterFiling) {
        return FILED_AT.plus(Duration.ofHours(afterFiling));
    }
}
