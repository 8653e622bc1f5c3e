package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.query.summaries.BuyerSummaryArbitrationTest.EXCEPTIONAL_OPTIONS;
import static org.marketplace.complaints.query.summaries.BuyerSummaryArbitrationTest.anIntervenedComplaint;
import static org.marketplace.complaints.query.summaries.ComplaintStream.ARBITER;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;

/**
 * My Complaints and the shop's list around a ruling's reconsideration: the state stays RULED throughout; while the
 * window runs it is the next deadline, for both parties, and either may ask; a pending or decided reconsideration
 * leaves neither a deadline nor a second request; once the window passed (at the time of the query) neither asks.
 * Nothing of this is the lists' own: the facts and the rules give it.
 */
class SummaryReconsiderationTest {

    private static final ArbitratorId RECONSIDERING = new ArbitratorId("arbiter-2");

    private final ComplaintStream ruled = anIntervenedComplaint().assigned(ARBITER).ruled();
    private final Instant ruledAt = ruled.at();
    private final Instant dueBy = ruledAt.plus(DeadlinePolicy.DEFAULT_RECONSIDERATION);

    @Test
    void whileTheWindowRuns_bothParties_seeItAsTheNextDeadline_andMayAsk() {
        SummaryFixture lists = new SummaryFixture(ruledAt.plus(Duration.ofDays(1))).given(ruled);

        NextDeadline window = new NextDeadline(DeadlineKind.RECONSIDERATION, dueBy, DeadlineParty.BOTH_PARTIES);
        assertThat(lists.theSellersOnlySummary()).isEqualTo(ExpectedSummary.of(ruled).state(ComplaintState.RULED)
                .deadline(window).actions(REQUEST_RECONSIDERATION).build());
        assertThat(lists.theBuyersOnlySummary().nextDeadline()).isEqualTo(window);
        assertThat(lists.theBuyersOnlySummary().availableActions()).contains(REQUEST_RECONSIDERATION);
    }

    @Test
    void onceTheWindowPassed_neitherPartyMayAsk_evenBeforeItsTimerFired() {
        SummaryFixture lists = new SummaryFixture(dueBy.plusSeconds(1)).given(ruled);

        assertThat(lists.theSellersOnlySummary().availableActions()).isEmpty();
        assertThat(lists.theBuyersOnlySummary().availableActions()).containsExactly(WITHDRAW);
        assertThat(lists.theBuyersOnlySummary().state()).isEqualTo(ComplaintState.RULED);
    }

    @Test
    void aPendingReconsideration_staysRuled_withoutADeadline_andNothingForThePartiesToDo() {
        ruled.add(new ReconsiderationRequested(ruled.id(), Actor.seller(ComplaintStream.SELLER), "签收前已损坏",
                ComplaintStream.PHOTO, ruled.next()));
        SummaryFixture lists = new SummaryFixture(ruledAt.plus(Duration.ofDays(1))).given(ruled);

        assertThat(lists.theSellersOnlySummary()).isEqualTo(ExpectedSummary.of(ruled).state(ComplaintState.RULED)
                .deadline(null).build());
        // not even the exceptional withdrawal: a withdrawal request never waits beside a reconsideration
        assertThat(lists.theBuyersOnlySummary()).isEqualTo(ExpectedSummary.of(ruled).state(ComplaintState.RULED)
                .deadline(null).build());
    }

    @Test
    void aDecidedReconsideration_leavesTheBuyerOnlyTheExceptionalWithdrawal() {
        ruled.add(new ReconsiderationRequested(ruled.id(), Actor.buyer(ComplaintStream.BUYER), "新证据",
                ComplaintStream.PHOTO, ruled.next()));
        ruled.add(new ArbitratorAssigned(ruled.id(), RECONSIDERING, Actor.arbitrator(RECONSIDERING), ruled.next()));
        Instant decidedAt = ruled.next();
        ruled.add(new RulingRevised(ruled.id(), RECONSIDERING, RulingOutcome.SELLER_FAVOURED, Remedy.none(), "完好",
                ruled.events().size() - 1L, decidedAt)).add(new RulingBecameFinal(ruled.id(), null, decidedAt));
        SummaryFixture lists = new SummaryFixture(ruledAt.plus(Duration.ofDays(1))).given(ruled);

        // the reconsidering arbitrator still has the case, which the parties never learn (assignee null)
        assertThat(lists.theBuyersOnlySummary()).isEqualTo(ExpectedSummary.of(ruled).state(ComplaintState.RULED)
                .deadline(null).options(EXCEPTIONAL_OPTIONS).actions(WITHDRAW).build());
        assertThat(lists.theSellersOnlySummary().availableActions()).isEmpty();
    }
}
