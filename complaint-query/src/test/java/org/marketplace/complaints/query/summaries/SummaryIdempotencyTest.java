package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.summaries.ComplaintStream.BUYER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.SELLER;
import static org.marketplace.complaints.query.summaries.ComplaintStream.aFiledComplaint;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.WithdrawalRequestId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.WithdrawalRequestRejected;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;

/** Processors deliver at least once and rebuild from the first event: the lists must come out the same. */
class SummaryIdempotencyTest {

    static final WithdrawalRequestId REQUEST = new WithdrawalRequestId("request-1");

    final SummaryFixture lists = new SummaryFixture();
    final ComplaintStream rejected = requestedThenRejected();

    @Test
    void replayingTheSameEvents_afterAReset_givesTheSameLists() {
        ComplaintSummaryPage mine = lists.given(rejected).myComplaints(BUYER, null, 0, 20);
        ComplaintSummaryPage shop = lists.shopComplaints(SELLER, null, 0, 20);

        lists.myComplaints.clear();
        lists.shopComplaints.clear();
        lists.given(rejected);

        assertThat(lists.myComplaints(BUYER, null, 0, 20)).isEqualTo(mine);
        assertThat(lists.shopComplaints(SELLER, null, 0, 20)).isEqualTo(shop);
    }

    @Test
    void replayingTheSameEvents_withoutAReset_changesNothing() {
        ComplaintSummaryPage once = lists.given(rejected).myComplaints(BUYER, null, 0, 20);

        assertThat(lists.given(rejected).myComplaints(BUYER, null, 0, 20)).isEqualTo(once);
    }

    @Test
    void anOlderEventDeliveredAgain_doesNotReopenWhatALaterOneClosed() {
        List<ComplaintEvent> events = rejected.events();
        lists.given(rejected).deliver(events.get(events.size() - 2), events.size() - 2);

        // the rejected reason stays rejected: asking again with it needs new evidence
        assertThat(lists.theBuyersOnlySummary()).isEqualTo(TheBuyerSees.aNegotiation(rejected)
                .options(TheBuyerSees.SETTLED_STATING_TERMS, TheBuyerSees.LACKING_EVIDENCE_REVIEWED,
                        TheBuyerSees.MISUNDERSTANDING_AGAIN_WITH_NEW_EVIDENCE)
                .build());
    }

    @Test
    void theLastEventDeliveredTwice_isCountedOnce() {
        List<ComplaintEvent> events = rejected.events();
        lists.given(rejected).deliver(events.get(events.size() - 1), events.size() - 1);

        assertThat(lists.theBuyersOnlySummary().version()).isEqualTo(events.size() - 1L);
    }

    @Test
    void aReset_emptiesBothLists() {
        lists.given(rejected).myComplaints.clear();
        lists.shopComplaints.clear();

        assertThat(lists.myComplaints(BUYER, null, 0, 20)).isEqualTo(new ComplaintSummaryPage(List.of(), 0, 20, 0));
        assertThat(lists.shopComplaints(SELLER, null, 0, 20)).isEqualTo(new ComplaintSummaryPage(List.of(), 0, 20, 0));
    }

    static ComplaintStream requestedThenRejected() {
        ComplaintStream stream = aFiledComplaint().sellerResponded()
                .withdrawalRequested(REQUEST, WithdrawalReason.MISUNDERSTANDING, false);
        return stream.add(new WithdrawalRequestRejected(stream.id(), REQUEST, ComplaintStream.ARBITER, "不同意", stream.next()));
    }
}
