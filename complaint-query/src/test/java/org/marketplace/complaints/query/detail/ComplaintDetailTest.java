package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.PHOTO;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.view.*;

class ComplaintDetailTest {

    private final DetailFixture detail = new DetailFixture();

    @Test
    void theDetail_isTheViewersSummary_plusTheCase() {
        ComplaintSteps story = aFiledComplaint().settlementOffered(OfferType.PARTIAL_REFUND, 5_000L);

        detail.projection.deliver(story);

        ComplaintDetail seen = detail.detail(story.id(), SELLER);
        assertThat(seen).isEqualTo(new ComplaintDetail(ComplaintSummary.of(story.facts(), SELLER, DetailFixture.NOW),
                ComplaintStory.DESCRIPTION, null, null, null, seen.timeline(),
                List.of(new EvidenceView(EvidenceKind.PHOTO, "file:photo-1", "破损照片", BUYER, FILED_AT)),
                List.of(offer(1, OfferType.PARTIAL_REFUND, 5_000L, 1, OfferStatus.OPEN, null, null)),
                List.of(), List.of(), List.of(), List.of()));
        assertThat(seen.timeline()).hasSize(3);
    }

    @Test
    void evidence_comesFromFiling_sellerResponse_submissions_andWithdrawalRequests() {
        ComplaintSteps story = aFiledComplaint().sellerResponded().evidenceSubmittedBy(SELLER)
                .intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).ruledBy(ARBITER_1)
                .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE);

        detail.projection.deliver(story);

        assertThat(detail.detail(story.id(), ARBITRATOR).evidence()).containsExactly(
                new EvidenceView(EvidenceKind.PHOTO, "file:photo-1", "破损照片", BUYER, FILED_AT),
                new EvidenceView(EvidenceKind.LOGISTICS, "file:waybill-1", null, SELLER, hours(1)),
                new EvidenceView(EvidenceKind.INVOICE, "file:invoice-1", "发票", SELLER, hours(2)),
                new EvidenceView(EvidenceKind.CHAT_LOG, "file:chat-2", "新证据", BUYER, hours(6)));
    }

    @Test
    void offers_showWhereEachStands() {
        ComplaintSteps story = aFiledComplaint().settlementOffered(OfferType.PARTIAL_REFUND, 5_000L).offerDeclined()
                .settlementOffered(OfferType.EXCHANGE, null).offerAccepted()
                .settlementOffered(OfferType.COMPENSATION, 1_000L).intervened(SELLER_NO_RESPONSE)
                .assignedTo(ARBITER_1).ruledBy(ARBITER_1);

        detail.projection.deliver(story);

        assertThat(detail.detail(story.id(), BUYER).offers()).containsExactly(
                offer(1, OfferType.PARTIAL_REFUND, 5_000L, 1, OfferStatus.DECLINED, "金额太少", hours(2)),
                offer(2, OfferType.EXCHANGE, null, 3, OfferStatus.ACCEPTED, null, hours(4)),
                offer(3, OfferType.COMPENSATION, 1_000L, 5, OfferStatus.LAPSED, null, null));
    }

    @ParameterizedTest
    @MethodSource("strangers")
    void aStranger_findsNoSuchComplaint(Actor stranger) {
        ComplaintSteps story = aFiledComplaint();
        detail.projection.deliver(story);

        assertThatThrownBy(() -> detail.detail(story.id(), stranger)).isInstanceOf(ComplaintNotFoundException.class);
    }

    static List<Actor> strangers() {
        return List.of(OTHER_BUYER, OTHER_SELLER, new Actor(Role.OPERATOR, "operator-1"));
    }

    @Test
    void anUnknownComplaint_isNotFound() {
        assertThatThrownBy(() -> detail.detail(new ComplaintId("no-such-complaint"), AUDITOR))
                .isInstanceOf(ComplaintNotFoundException.class);
    }

    @Test
    void aReset_forgetsEveryComplaint() {
        ComplaintSteps story = aFiledComplaint().settlementOffered(OfferType.PARTIAL_REFUND, 5_000L);
        detail.projection.deliver(story).reset();

        assertThatThrownBy(() -> detail.detail(story.id(), AUDITOR)).isInstanceOf(ComplaintNotFoundException.class);
        assertThat(detail.projection.deliver(story).then(() -> detail.detail(story.id(), AUDITOR).timeline())).hasSize(3);
    }

    /**
     * The n-th offer of a story, made that many hours after filing, with the note the builder gives every offer;
     * {@code declineNote} and {@code answeredAt}: the buyer's answer, if any.
     */
    private static OfferHistoryView offer(int n, OfferType type, Long amountFen, int hoursAfterFiling,
                                          OfferStatus status, String declineNote, Instant answeredAt) {
        return new OfferHistoryView(new OfferId("offer-" + n), type, amountFen, "退一半货款", hours(hoursAfterFiling),
                status, declineNote, answeredAt);
    }

    private static Instant hours(int afterFiling) {
        return FILED_AT.plus(Duration.ofHours(afterFiling));
    }
}
