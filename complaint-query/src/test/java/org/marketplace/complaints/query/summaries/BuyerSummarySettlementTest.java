package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;
import static org.marketplace.complaints.query.summaries.TheBuyerSees.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;

/** My Complaints once the buyer accepted an offer before intervention: the fulfilment window, then SETTLED. */
class BuyerSummarySettlementTest {

    static final OfferId OFFER = new OfferId("offer-1");
    static final SettlementTerms HALF = new SettlementTerms(OfferType.PARTIAL_REFUND, 5_000L);

    final SummaryFixture lists = new SummaryFixture();
    final ComplaintStream agreed = anAgreedSettlement();

    @Test
    void settlementFulfilmentStarted_showsTheSellersFulfilmentDeadline_andTheBuyersReport() {
        Instant due = agreed.at().plus(DeadlinePolicy.DEFAULT.settlementFulfilment());

        assertThat(lists.given(agreed).theBuyersOnlySummary()).isEqualTo(aNegotiation(agreed)
                .deadline(new NextDeadline(DeadlineKind.SETTLEMENT_FULFILMENT, due, DeadlineParty.SELLER))
                .options(SETTLED_ON_THE_OFFER, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED)
                .actions(ADD_EVIDENCE, WITHDRAW, REPORT_SETTLEMENT_UNFULFILLED).build());
    }

    @Test
    void closedAsSettled_showsSettled_withNothingLeftToDo_andIsFoundByItsState() {
        Instant due = agreed.at().plus(DeadlinePolicy.DEFAULT.settlementFulfilment());
        agreed.add(new ComplaintClosedAsSettled(agreed.id(), OFFER, DeadlineKind.SETTLEMENT_FULFILMENT, agreed.until(due)));
        SummaryFixture later = new SummaryFixture(due.plus(Duration.ofHours(1))).given(agreed);

        assertThat(later.theBuyersOnlySummary()).isEqualTo(ExpectedSummary.of(agreed).state(ComplaintState.SETTLED)
                .deadline(null).build());
        assertThat(later.myComplaints(ComplaintStream.BUYER, ComplaintState.SETTLED, 0, 20).items())
                .extracting(summary -> summary.complaintId()).containsExactly(agreed.id());
        assertThat(later.myComplaints(ComplaintStream.BUYER, ComplaintState.NEGOTIATING, 0, 20).items()).isEmpty();
    }

    private static ComplaintStream anAgreedSettlement() {
        ComplaintStream stream = aFiledComplaint().sellerResponded().offered(OFFER, HALF);
        Instant at = stream.next();
        return stream.add(new SettlementAccepted(stream.id(), OFFER, at)).add(new SettlementFulfilmentStarted(
                stream.id(), OFFER, at, at.plus(DeadlinePolicy.DEFAULT.settlementFulfilment())));
    }
}
