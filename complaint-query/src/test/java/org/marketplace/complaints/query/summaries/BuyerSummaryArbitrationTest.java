package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalMode.EXCEPTIONAL;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.query.summaries.ComplaintStream.ARBITER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;
import static org.marketplace.complaints.query.summaries.TheBuyerSees.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.WithdrawalOption;

/** My Complaints once the platform has stepped in: intervention, assignment, a suggestion, the ruling. */
class BuyerSummaryArbitrationTest {

    final SummaryFixture lists = new SummaryFixture();

    @Test
    void platformIntervened_endsTheDeadlines_andLeavesEvidenceAndAReviewedWithdrawal() {
        ComplaintStream intervened = anIntervenedComplaint();

        assertThat(lists.given(intervened).theBuyersOnlySummary()).isEqualTo(anIntervention(intervened).build());
    }

    /** The buyer sees that the platform has the case (the state), never which staff member (StaffIds). */
    @Test
    void arbitratorAssigned_showsTheBuyerNoAssigneeId() {
        ComplaintStream assigned = anIntervenedComplaint().assigned(ARBITER);

        assertThat(lists.given(assigned).theBuyersOnlySummary())
                .isEqualTo(anIntervention(assigned).build());
    }

    @Test
    void withdrawalSuggested_showsTheRationale_andOffersADirectWithdrawalOrDeclining() {
        ComplaintStream suggested = anIntervenedComplaint().assigned(ARBITER);
        suggested.add(new WithdrawalSuggested(suggested.id(), ARBITER, "证据不足", suggested.next()));

        assertThat(lists.given(suggested).theBuyersOnlySummary()).isEqualTo(anIntervention(suggested)
                .suggestion("证据不足")
                .options(SETTLED_REVIEWED, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED,
                        new WithdrawalOption(PLATFORM_SUGGESTED, DIRECT, false, false))
                .actions(ADD_EVIDENCE, WITHDRAW, DECLINE_WITHDRAWAL_SUGGESTION).build());
    }

    @Test
    void withdrawalSuggestionDeclined_endsTheSuggestion() {
        ComplaintStream declined = anIntervenedComplaint().assigned(ARBITER);
        declined.add(new WithdrawalSuggested(declined.id(), ARBITER, "证据不足", declined.next()))
                .add(new WithdrawalSuggestionDeclined(declined.id(), "我坚持", declined.next()));

        assertThat(lists.given(declined).theBuyersOnlySummary())
                .isEqualTo(anIntervention(declined).build());
    }

    @Test
    void complaintRuled_leavesAnExceptionalWithdrawalWithNewEvidence_andAReconsiderationWhileItsWindowRuns() {
        ComplaintStream ruled = anIntervenedComplaint().assigned(ARBITER).ruled();

        assertThat(lists.given(ruled).theBuyersOnlySummary()).isEqualTo(ExpectedSummary.of(ruled)
                .state(ComplaintState.RULED)
                .deadline(new NextDeadline(DeadlineKind.RECONSIDERATION, ruled.at().plus(Duration.ofDays(7)),
                        DeadlineParty.BOTH_PARTIES))
                .options(EXCEPTIONAL_OPTIONS).actions(WITHDRAW, REQUEST_RECONSIDERATION).build());
    }

    static final WithdrawalOption[] EXCEPTIONAL_OPTIONS = {new WithdrawalOption(SETTLED, EXCEPTIONAL, false, true),
            new WithdrawalOption(INSUFFICIENT_EVIDENCE, EXCEPTIONAL, false, true),
            new WithdrawalOption(MISUNDERSTANDING, EXCEPTIONAL, false, true)};

    static ComplaintStream anIntervenedComplaint() {
        return aFiledComplaint().sellerResponded()
                .intervened(InterventionReason.REQUESTED_BY_BUYER, Actor.buyer(ComplaintStream.BUYER));
    }
}
