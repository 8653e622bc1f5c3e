package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.*;

/** The whole case in the detail: what was filed, answered, asked, suggested and ruled, as the arbitrator sees it. */
class ComplaintCaseTest {

    private final DetailFixture detail = new DetailFixture();

    @Test
    void aComplaintFiledInChinese_showsItsDescriptionExactly() {
        ComplaintSteps story = aFiledComplaint();

        detail.projection.deliver(story);

        assertThat(detail.detail(story.id(), BUYER).description()).isEqualTo(ComplaintStory.DESCRIPTION)
                .isEqualTo("收到的商品有明显破损，包装上写着“易碎”——𠮷字碗裂成两半。\n附：照片①");
    }

    @Test
    void theSellersAnswer_theRequests_theSuggestion_theIntervention_andTheRuling_allAppear() {
        ComplaintSteps story = aFiledComplaint().sellerResponded().settlementOffered(OfferType.PARTIAL_REFUND, 5_000L)
                .offerDeclined().withdrawalRequested(WithdrawalReason.MISUNDERSTANDING).withdrawalRejectedBy(ARBITER_1)
                .intervened(REQUESTED_BY_BUYER).assignedTo(ARBITER_1).evidenceRequested(EvidenceParty.SELLER)
                .evidenceSubmittedBy(SELLER).evidenceRequestFulfilled().withdrawalSuggested().suggestionDeclined()
                .ruledBy(ARBITER_1);

        detail.projection.deliver(story);

        ComplaintDetail seen = detail.detail(story.id(), ARBITRATOR);
        SellerResponded response = event(story, SellerResponded.class);
        assertThat(seen.sellerResponse()).isEqualTo(new SellerResponseView(SellerPosition.DISPUTE, "商品出厂前完好。",
                response.respondedAt()));
        assertThat(seen.offers()).singleElement().satisfies(offer -> {
            assertThat(offer.note()).isEqualTo("退一半货款");
            assertThat(offer.declineNote()).isEqualTo("金额太少");
            assertThat(offer.answeredAt()).isEqualTo(event(story, SettlementDeclined.class).declinedAt());
        });
        WithdrawalRequested request = event(story, WithdrawalRequested.class);
        assertThat(seen.withdrawalRequests()).containsExactly(new WithdrawalRequestView(request.requestId(),
                WithdrawalReason.MISUNDERSTANDING, false, "我想撤销投诉", List.of(), request.requestedAt(),
                WithdrawalRequestStatus.REJECTED, event(story, WithdrawalRequestRejected.class).decidedAt(), "不同意",
                ARBITER_1));
        EvidenceRequested asked = event(story, EvidenceRequested.class);
        assertThat(seen.evidenceRequests()).containsExactly(new EvidenceRequestView(asked.evidenceRequestId(),
                EvidenceParty.SELLER, "请补充物流信息", asked.dueBy(), asked.requestedAt(), EvidenceRequestStatus.FULFILLED,
                ARBITER_1));
        assertThat(seen.withdrawalSuggestions()).containsExactly(new WithdrawalSuggestionView("未发现卖家违规",
                event(story, WithdrawalSuggested.class).suggestedAt(), WithdrawalSuggestionStatus.DECLINED, "我坚持投诉",
                ARBITER_1));
        assertThat(seen.interventions()).containsExactly(new InterventionView(REQUESTED_BY_BUYER,
                event(story, PlatformIntervened.class).intervenedAt(), "请平台介入"));
        // asked weeks later: the reconsideration window passed unused, the ruling is final
        ComplaintRuled ruling = event(story, ComplaintRuled.class);
        assertThat(seen.ruling()).isEqualTo(new RulingView(RulingOutcome.BUYER_FAVOURED,
                new Remedy(RemedyType.FULL_REFUND, 12_900L), "商品确有质量问题", ruling.ruledAt(), ARBITER_1, true,
                ruling.reconsiderationDueBy(), false));
        assertThat(seen.reconsideration()).isNull();
    }

    @Test
    void anExceptionalWithdrawalRequest_namesTheNewEvidenceItBrought() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .ruledBy(ARBITER_1).withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE)
                .withdrawalApprovedBy(ARBITER_2);

        detail.projection.deliver(story);

        ComplaintDetail seen = detail.detail(story.id(), AUDITOR);
        assertThat(seen.withdrawalRequests()).singleElement().satisfies(request -> {
            assertThat(request.exceptional()).isTrue();
            assertThat(request.evidenceReferences()).containsExactly("file:chat-2");
            assertThat(request.status()).isEqualTo(WithdrawalRequestStatus.APPROVED);
            assertThat(request.decisionNote()).isEqualTo("同意撤销");
            assertThat(request.decidedBy()).isEqualTo(ARBITER_2);
        });
        assertThat(seen.evidence()).extracting(EvidenceView::reference).contains("file:chat-2");
        assertThat(seen.interventions()).singleElement().extracting(InterventionView::note).isNull();
    }

    @Test
    void whatTheRulingLeftUnanswered_lapses_andAFollowedSuggestionIsAccepted() {
        ComplaintSteps ruled = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .evidenceRequested(EvidenceParty.BOTH).withdrawalSuggested().ruledBy(ARBITER_1);
        ComplaintSteps followed = aFiledComplaint("order-2", ComplaintCategory.OTHER, ComplaintStory.FILED_AT)
                .intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).withdrawalSuggested().withdrawnAsSuggested();

        detail.projection.deliver(ruled, followed);

        assertThat(detail.detail(ruled.id(), BUYER).evidenceRequests()).extracting(EvidenceRequestView::status)
                .containsExactly(EvidenceRequestStatus.LAPSED);
        assertThat(detail.detail(ruled.id(), BUYER).withdrawalSuggestions())
                .extracting(WithdrawalSuggestionView::status).containsExactly(WithdrawalSuggestionStatus.LAPSED);
        assertThat(detail.detail(followed.id(), BUYER).withdrawalSuggestions())
                .extracting(WithdrawalSuggestionView::status).containsExactly(WithdrawalSuggestionStatus.ACCEPTED);
    }

    /** The story's only event of that type. */
    static <T extends ComplaintEvent> T event(ComplaintStory story, Class<T> type) {
        return story.events().stream().filter(type::isInstance).map(type::cast).reduce((first, second) -> {
            throw new IllegalArgumentException("more than one " + type.getSimpleName());
        }).orElseThrow();
    }
}
