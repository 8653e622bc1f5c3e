package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalMode.EXCEPTIONAL;
import static org.marketplace.complaints.api.WithdrawalMode.REVIEW;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.query.summaries.ComplaintStream.ARBITER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.WithdrawalOption;

/** My Complaints once the platform has stepped in: each arbitration event's effect on the buyer's summary. */
class BuyerSummaryDuringArbitrationTest {

    static final EvidenceRequestId EVIDENCE = new EvidenceRequestId("evidence-1");
    static final WithdrawalOption[] ANY_REASON_REVIEWED = {new WithdrawalOption(SETTLED, REVIEW, false, false),
            new WithdrawalOption(INSUFFICIENT_EVIDENCE, REVIEW, false, false),
            new WithdrawalOption(MISUNDERSTANDING, REVIEW, false, false)};

    final SummaryFixture lists = new SummaryFixture();

    @Test
    void platformIntervened_endsTheDeadlines_andLeavesEvidenceAndAReviewedWithdrawal() {
        ComplaintStream intervened = negotiatingThenIntervened();

        assertThat(lists.given(intervened).theBuyersOnlySummary()).isEqualTo(intervenedAsTheBuyerSees(intervened).build());
    }

    @Test
    void arbitratorAssigned_showsTheAssignee() {
        ComplaintStream assigned = negotiatingThenIntervened().assigned(ARBITER);

        assertThat(lists.given(assigned).theBuyersOnlySummary())
                .isEqualTo(intervenedAsTheBuyerSees(assigned).assignee(ARBITER).build());
    }

    @Test
    void evidenceRequested_fromTheBuyer_showsTheBuyersEvidenceDeadline() {
        ComplaintStream requested = negotiatingThenIntervened().assigned(ARBITER);
        Instant dueBy = requested.at().plus(Duration.ofHours(73));
        requested.evidenceRequested(EVIDENCE, EvidenceParty.BUYER, dueBy);

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(intervenedAsTheBuyerSees(requested)
                .assignee(ARBITER).deadline(new NextDeadline(DeadlineKind.EVIDENCE, dueBy, DeadlineParty.BUYER)).build());
    }

    @Test
    void evidenceSubmitted_byTheOnePartyAsked_endsTheEvidenceDeadline() {
        ComplaintStream answered = withAnEvidenceRequestToTheBuyer();
        answered.add(new EvidenceSubmitted(answered.id(), Actor.buyer(ComplaintStream.BUYER), ComplaintStream.PHOTO, answered.next()));

        assertThat(lists.given(answered).theBuyersOnlySummary())
                .isEqualTo(intervenedAsTheBuyerSees(answered).assignee(ARBITER).build());
    }

    @Test
    void evidenceRequestFulfilled_endsTheEvidenceDeadline() {
        ComplaintStream fulfilled = withAnEvidenceRequestToTheBuyer();
        fulfilled.add(new EvidenceRequestFulfilled(fulfilled.id(), EVIDENCE, fulfilled.next()));

        assertThat(lists.given(fulfilled).theBuyersOnlySummary())
                .isEqualTo(intervenedAsTheBuyerSees(fulfilled).assignee(ARBITER).build());
    }

    @Test
    void evidenceRequestExpired_endsTheEvidenceDeadline() {
        ComplaintStream expired = withAnEvidenceRequestToTheBuyer();
        expired.add(new EvidenceRequestExpired(expired.id(), EVIDENCE, List.of(Role.BUYER), expired.next()));

        assertThat(lists.given(expired).theBuyersOnlySummary())
                .isEqualTo(intervenedAsTheBuyerSees(expired).assignee(ARBITER).build());
    }

    @Test
    void withdrawalSuggested_showsTheRationale_andOffersADirectWithdrawalOrDeclining() {
        ComplaintStream suggested = negotiatingThenIntervened().assigned(ARBITER);
        suggested.add(new WithdrawalSuggested(suggested.id(), ARBITER, "证据不足", suggested.next()));

        assertThat(lists.given(suggested).theBuyersOnlySummary()).isEqualTo(intervenedAsTheBuyerSees(suggested)
                .assignee(ARBITER).suggestion("证据不足")
                .options(ANY_REASON_REVIEWED[0], ANY_REASON_REVIEWED[1], ANY_REASON_REVIEWED[2],
                        new WithdrawalOption(PLATFORM_SUGGESTED, DIRECT, false, false))
                .actions(ADD_EVIDENCE, WITHDRAW, DECLINE_WITHDRAWAL_SUGGESTION).build());
    }

    @Test
    void withdrawalSuggestionDeclined_endsTheSuggestion() {
        ComplaintStream declined = negotiatingThenIntervened().assigned(ARBITER);
        declined.add(new WithdrawalSuggested(declined.id(), ARBITER, "证据不足", declined.next()))
                .add(new WithdrawalSuggestionDeclined(declined.id(), "我坚持", declined.next()));

        assertThat(lists.given(declined).theBuyersOnlySummary())
                .isEqualTo(intervenedAsTheBuyerSees(declined).assignee(ARBITER).build());
    }

    @Test
    void complaintRuled_leavesOnlyAnExceptionalWithdrawalWithNewEvidence() {
        ComplaintStream ruled = negotiatingThenIntervened().assigned(ARBITER).ruled();

        assertThat(lists.given(ruled).theBuyersOnlySummary()).isEqualTo(ExpectedSummary.of(ruled)
                .state(ComplaintState.RULED).deadline(null).assignee(ARBITER)
                .options(new WithdrawalOption(SETTLED, EXCEPTIONAL, false, true),
                        new WithdrawalOption(INSUFFICIENT_EVIDENCE, EXCEPTIONAL, false, true),
                        new WithdrawalOption(MISUNDERSTANDING, EXCEPTIONAL, false, true))
                .actions(WITHDRAW).build());
    }

    static ComplaintStream negotiatingThenIntervened() {
        return aFiledComplaint().sellerResponded()
                .intervened(InterventionReason.REQUESTED_BY_BUYER, Actor.buyer(ComplaintStream.BUYER));
    }

    static ComplaintStream withAnEvidenceRequestToTheBuyer() {
        ComplaintStream stream = negotiatingThenIntervened().assigned(ARBITER);
        return stream.evidenceRequested(EVIDENCE, EvidenceParty.BUYER, stream.at().plus(Duration.ofHours(72)));
    }

    static ExpectedSummary intervenedAsTheBuyerSees(ComplaintStream stream) {
        return ExpectedSummary.of(stream).state(ComplaintState.PLATFORM_INTERVENED).deadline(null)
                .options(ANY_REASON_REVIEWED).actions(ADD_EVIDENCE, WITHDRAW);
    }
}
