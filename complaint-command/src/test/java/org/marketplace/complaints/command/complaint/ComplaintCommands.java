package org.marketplace.complaints.command.complaint;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.command.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;

/** Valid commands on the test complaint, all requested at one instant (the fixture's clock). */
record ComplaintCommands(Instant at) {

    static ComplaintCommands at(Instant at) {
        return new ComplaintCommands(at);
    }

    ComplaintCommands later(Duration by) {
        return new ComplaintCommands(at.plus(by));
    }

    FileComplaint file() {
        return file(CATEGORY, POLICY);
    }

    FileComplaint file(ComplaintCategory category, DeadlinePolicy policy) {
        return FileComplaint.of(BUYER_ID, ORDER_ID, SELLER_ID, category, DESCRIPTION, photo(), policy, at);
    }

    SubmitEvidence submitEvidence(Actor actor) {
        return new SubmitEvidence(COMPLAINT_ID, actor, chatLog(), at);
    }

    RespondToComplaint respond(Actor actor) {
        return new RespondToComplaint(COMPLAINT_ID, actor, SellerPosition.DISPUTE, "货物出库时完好", photo(), at);
    }

    OfferSettlement offer(Actor actor, OfferId offerId) {
        return new OfferSettlement(COMPLAINT_ID, actor, offerId, PARTIAL_REFUND, "部分退款", at);
    }

    AcceptSettlementOffer accept(Actor actor) {
        return new AcceptSettlementOffer(COMPLAINT_ID, actor, OFFER_ID, at);
    }

    DeclineSettlementOffer decline(Actor actor) {
        return new DeclineSettlementOffer(COMPLAINT_ID, actor, OFFER_ID, "太少", at);
    }

    /** With a note and new evidence, so that only the complaint's state decides. */
    WithdrawComplaint withdraw(Actor actor, WithdrawalReason reason) {
        return withdraw(actor, reason, "双方已协商一致：退款50元", chatLog());
    }

    WithdrawComplaint withdraw(Actor actor, WithdrawalReason reason, String note, List<EvidenceItem> evidence) {
        return new WithdrawComplaint(COMPLAINT_ID, actor, reason, note, evidence, NEW_REQUEST_ID, at);
    }

    RequestIntervention requestIntervention(Actor actor) {
        return new RequestIntervention(COMPLAINT_ID, actor, "协商无果", at);
    }

    ReportSettlementUnfulfilled reportUnfulfilled(Actor actor) {
        return new ReportSettlementUnfulfilled(COMPLAINT_ID, actor, "卖家未按约定退款", chatLog(), at);
    }

    DeclineWithdrawalSuggestion declineSuggestion(Actor actor) {
        return new DeclineWithdrawalSuggestion(COMPLAINT_ID, actor, "我坚持投诉", at);
    }

    AssignArbitrator assign(Actor actor, ArbitratorId arbitrator) {
        return new AssignArbitrator(COMPLAINT_ID, actor, arbitrator, at);
    }

    ReassignArbitrator reassign(Actor actor, ArbitratorId arbitrator) {
        return new ReassignArbitrator(COMPLAINT_ID, actor, arbitrator, at);
    }

    ReleaseAssignment release(Actor actor) {
        return new ReleaseAssignment(COMPLAINT_ID, actor, at);
    }

    RequestEvidence requestEvidence(Actor actor, EvidenceParty from, Instant dueBy) {
        return new RequestEvidence(COMPLAINT_ID, actor, NEW_EVIDENCE_REQUEST_ID, from, dueBy, "请补充物流信息", at);
    }

    SuggestWithdrawal suggestWithdrawal(Actor actor) {
        return new SuggestWithdrawal(COMPLAINT_ID, actor, "未发现卖家违规", at);
    }

    /** Decides the request already in the given history ({@code REQUEST_ID}). */
    DecideWithdrawalRequest decideWithdrawal(Actor actor, boolean approve) {
        return decideWithdrawal(actor, REQUEST_ID, approve);
    }

    DecideWithdrawalRequest decideWithdrawal(Actor actor, WithdrawalRequestId requestId, boolean approve) {
        return new DecideWithdrawalRequest(COMPLAINT_ID, actor, requestId, approve, "已审核", at);
    }

    IssueRuling rule(Actor actor, Long expectedVersion) {
        return new IssueRuling(COMPLAINT_ID, actor, RulingOutcome.BUYER_FAVOURED, FULL_REFUND, "商品存在质量问题",
                expectedVersion, at);
    }

    IssueRuling rule(Actor actor) {
        return rule(actor, null);
    }

    RequestReconsideration requestReconsideration(Actor actor) {
        return requestReconsideration(actor, chatLog());
    }

    RequestReconsideration requestReconsideration(Actor actor, List<EvidenceItem> evidence) {
        return new RequestReconsideration(COMPLAINT_ID, actor, "物流记录证明商品签收前已损坏", evidence, at);
    }

    DecideReconsideration uphold(Actor actor) {
        return DecideReconsideration.upholding(COMPLAINT_ID, actor, "新证据不改变结论", null, at);
    }

    DecideReconsideration revise(Actor actor) {
        return DecideReconsideration.revising(COMPLAINT_ID, actor, RulingOutcome.SELLER_FAVOURED, Remedy.none(),
                "物流记录显示签收时完好", null, at);
    }

    /** The command that takes this step, sent by this actor. */
    ComplaintCommand forAction(Action action, Actor actor) {
        return switch (action) {
            case ADD_EVIDENCE -> submitEvidence(actor);
            case RESPOND -> respond(actor);
            case OFFER_SETTLEMENT -> offer(actor, new OfferId("offer-2"));
            case ACCEPT_OFFER -> accept(actor);
            case DECLINE_OFFER -> decline(actor);
            case WITHDRAW -> withdraw(actor, WithdrawalReason.SETTLED);
            case REQUEST_INTERVENTION -> requestIntervention(actor);
            case DECLINE_WITHDRAWAL_SUGGESTION -> declineSuggestion(actor);
            case REPORT_SETTLEMENT_UNFULFILLED -> reportUnfulfilled(actor);
            case TAKE -> assign(actor, new ArbitratorId(actor.id()));
            case RELEASE -> release(actor);
            case REASSIGN -> reassign(actor, ARBITER_3);
            case REQUEST_EVIDENCE -> requestEvidence(actor, EvidenceParty.BOTH, null);
            case SUGGEST_WITHDRAWAL -> suggestWithdrawal(actor);
            case REVIEW_WITHDRAWAL -> decideWithdrawal(actor, true);
            case RULE -> rule(actor);
            case REQUEST_RECONSIDERATION -> requestReconsideration(actor);
            case DECIDE_RECONSIDERATION -> uphold(actor);
        };
    }
}
