package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalMode.REVIEW;
import static org.marketplace.complaints.api.WithdrawalReason.MISUNDERSTANDING;
import static org.marketplace.complaints.api.WithdrawalReason.SETTLED;
import static org.marketplace.complaints.query.summaries.ComplaintStream.ARBITER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;
import static org.marketplace.complaints.query.summaries.TheBuyerSees.aNegotiation;
import static org.marketplace.complaints.query.summaries.TheBuyerSees.aWithdrawal;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.WithdrawalRequestId;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.PendingWithdrawalView;

/** My Complaints while a withdrawal is asked for, reviewed and done. */
class BuyerSummaryWithdrawalTest {

    static final WithdrawalRequestId REQUEST = new WithdrawalRequestId("request-1");

    final SummaryFixture lists = new SummaryFixture();
    final ComplaintStream requested = aFiledComplaint().sellerResponded().withdrawalRequested(REQUEST, MISUNDERSTANDING, false);

    @Test
    void withdrawalRequested_showsThePendingRequest_andNoFurtherWithdrawal() {
        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(aNegotiation(requested)
                .pending(new PendingWithdrawalView(REQUEST, MISUNDERSTANDING, false, "误会一场", requested.at()))
                .options().actions(ADD_EVIDENCE, REQUEST_INTERVENTION).build());
    }

    @Test
    void withdrawalRequestRejected_endsThePendingRequest_andTheRejectedReasonNowNeedsNewEvidence() {
        requested.add(new WithdrawalRequestRejected(requested.id(), REQUEST, ARBITER, "不同意", requested.next()));

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(aNegotiation(requested)
                .options(TheBuyerSees.SETTLED_STATING_TERMS, TheBuyerSees.LACKING_EVIDENCE_REVIEWED,
                        TheBuyerSees.MISUNDERSTANDING_AGAIN_WITH_NEW_EVIDENCE)
                .build());
    }

    @Test
    void withdrawalRequestApproved_thenWithdrawn_leavesNothingToDo() {
        requested.add(new WithdrawalRequestApproved(requested.id(), REQUEST, ARBITER, "同意", requested.next()))
                .add(new ComplaintWithdrawn(requested.id(), MISUNDERSTANDING, REVIEW, "误会一场", REQUEST, requested.at()));

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(aWithdrawal(requested).build());
    }

    @Test
    void complaintWithdrawnDirectly_leavesNothingToDo() {
        ComplaintStream withdrawn = aFiledComplaint();
        withdrawn.add(new ComplaintWithdrawn(withdrawn.id(), SETTLED, DIRECT, "私下和解", null, withdrawn.next()));

        assertThat(lists.given(withdrawn).theBuyersOnlySummary()).isEqualTo(aWithdrawal(withdrawn).build());
    }
}
