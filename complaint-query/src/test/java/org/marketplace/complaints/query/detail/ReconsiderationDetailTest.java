package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintCaseTest.event;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.*;

/**
 * The ruling and its reconsideration (复核) in the detail: the ruling in force with its window and whether it is
 * final at the time of the query, the parties' request with its new evidence, who has it, and its decision.
 */
class ReconsiderationDetailTest {

    private static final Duration WINDOW = DeadlinePolicy.DEFAULT_RECONSIDERATION;

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

    /** Ruled by arbiter-1; the filing's default policy gives the window. */
    private static ComplaintSteps ruled() {
        return aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).ruledBy(ARBITER_1);
    }

    private static Instant ruledAt(ComplaintStory story) {
        return event(story, ComplaintRuled.class).ruledAt();
    }

    @Test
    void aRulingWithinItsWindow_isNotFinal_andShowsUntilWhenItsReconsiderationMayBeAsked() {
        ComplaintSteps story = ruled();
        DetailFixture detail = new DetailFixture(ruledAt(story).plus(Duration.ofHours(1)));

        ComplaintDetail seen = detail.projection.deliver(story).then(() -> detail.detail(story.id(), BUYER));

        assertThat(seen.ruling()).isEqualTo(new RulingView(RulingOutcome.BUYER_FAVOURED,
                new Remedy(RemedyType.FULL_REFUND, 12_900L), "商品确有质量问题", ruledAt(story), null, false,
                ruledAt(story).plus(WINDOW), false));
        assertThat(seen.reconsideration()).isNull();
        assertThat(seen.summary().availableActions()).contains(Action.REQUEST_RECONSIDERATION);
    }

    @Test
    void aRulingWhoseWindowPassed_isFinal_evenBeforeItsTimerRecordedIt() {
        ComplaintSteps story = ruled();
        DetailFixture detail = new DetailFixture(ruledAt(story).plus(WINDOW).plusSeconds(1));

        RulingView ruling = detail.projection.deliver(story).then(() -> detail.detail(story.id(), SELLER)).ruling();

        assertThat(ruling.finalRuling()).isTrue();
        assertThat(ruling.reconsiderationDueBy()).isEqualTo(ruledAt(story).plus(WINDOW));
    }

    @Test
    void aRulingWhoseTimerRecordedItFinal_isFinal_atAnyTime() {
        ComplaintSteps story = ruled().reconsiderationWindowPassed();
        DetailFixture detail = new DetailFixture(ruledAt(story));

        RulingView ruling = detail.projection.deliver(story).then(() -> detail.detail(story.id(), BUYER)).ruling();

        assertThat(ruling.finalRuling()).isTrue();
        assertThat(ruling.revised()).isFalse();
    }

    @Test
    void aPendingReconsideration_showsTheRequest_itsNewEvidence_andWhoHasIt_toStaff_andHoldsTheRulingOpen() {
        ComplaintSteps story = ruled().reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_2);
        DetailFixture detail = new DetailFixture(ruledAt(story).plus(WINDOW.multipliedBy(3)));

        ComplaintDetail seen = detail.projection.deliver(story).then(() -> detail.detail(story.id(), ARBITRATOR));

        ReconsiderationRequested asked = event(story, ReconsiderationRequested.class);
        EvidenceView brought = new EvidenceView(EvidenceKind.LOGISTICS, asked.evidence().get(0).reference(), "物流记录",
                SELLER, asked.requestedAt());
        assertThat(seen.reconsideration()).isEqualTo(new ReconsiderationView(new TimelineActor("SELLER", "seller-1"),
                "物流记录证明签收前已损坏", List.of(brought), asked.requestedAt(), ARBITER_2, null));
        assertThat(seen.evidence()).as("the request's evidence is on file, the requesting party's").endsWith(brought);
        assertThat(seen.ruling().finalRuling()).as("a pending reconsideration holds the ruling open, whatever the time")
                .isFalse();
        assertThat(seen.ruling().ruledBy()).isEqualTo(ARBITER_1);
    }

    @Test
    void anUpheldRuling_staysTheOriginal_isFinal_andTheDecisionShowsTheNote() {
        ComplaintSteps story = ruled().reconsiderationRequestedBy(BUYER).assignedTo(ARBITER_2).rulingUpheldBy(ARBITER_2);
        DetailFixture detail = new DetailFixture(ruledAt(story).plus(Duration.ofDays(1)));

        ComplaintDetail seen = detail.projection.deliver(story).then(() -> detail.detail(story.id(), AUDITOR));

        assertThat(seen.ruling()).isEqualTo(new RulingView(RulingOutcome.BUYER_FAVOURED,
                new Remedy(RemedyType.FULL_REFUND, 12_900L), "商品确有质量问题", ruledAt(story), ARBITER_1, true,
                ruledAt(story).plus(WINDOW), false));
        assertThat(seen.reconsideration().requestedBy()).isEqualTo(new TimelineActor("BUYER", "buyer-1"));
        assertThat(seen.reconsideration().assignee()).as("decided: nobody has it any more").isNull();
        assertThat(seen.reconsideration().decision()).isEqualTo(new ReconsiderationDecisionView(true, "新证据不改变结论",
                null, null, null, event(story, RulingUpheld.class).decidedAt(), ARBITER_2));
    }

    @Test
    void aRevisedRuling_isTheRevisionInForce_byTheReconsideringArbitrator_atItsTime() {
        ComplaintSteps story = ruled().reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_2).rulingRevisedBy(ARBITER_2);
        DetailFixture detail = new DetailFixture(ruledAt(story).plus(Duration.ofDays(1)));

        ComplaintDetail seen = detail.projection.deliver(story).then(() -> detail.detail(story.id(), ARBITRATOR));

        Instant revisedAt = event(story, RulingRevised.class).decidedAt();
        assertThat(seen.ruling()).isEqualTo(new RulingView(RulingOutcome.SELLER_FAVOURED, Remedy.none(), "签收时包装完好",
                revisedAt, ARBITER_2, true, null, true));
        assertThat(seen.reconsideration().decision()).isEqualTo(new ReconsiderationDecisionView(false, null,
                RulingOutcome.SELLER_FAVOURED, Remedy.none(), "签收时包装完好", revisedAt, ARBITER_2));
        assertThat(seen.summary().state()).isEqualTo(ComplaintState.RULED);
    }

    @Test
    void theParties_seeTheReconsiderationAndTheRevision_withoutAnyStaffId() throws Exception {
        ComplaintSteps pending = ruled().reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_2);
        ComplaintSteps revised = aFiledComplaint("order-2", ComplaintCategory.OTHER, ComplaintStory.FILED_AT)
                .intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).ruledBy(ARBITER_1)
                .reconsiderationRequestedBy(BUYER).assignedTo(ARBITER_2).rulingRevisedBy(ARBITER_2);
        DetailFixture detail = new DetailFixture(ruledAt(pending).plus(Duration.ofDays(1)));
        detail.projection.deliver(pending, revised);

        for (Actor party : List.of(BUYER, SELLER)) {
            ComplaintDetail waiting = detail.detail(pending.id(), party);
            ComplaintDetail decided = detail.detail(revised.id(), party);

            assertThat(json.writeValueAsString(waiting)).doesNotContain(ARBITER_1.value(), ARBITER_2.value());
            assertThat(json.writeValueAsString(decided)).doesNotContain(ARBITER_1.value(), ARBITER_2.value());
            assertThat(waiting.reconsideration().assignee()).isNull();
            assertThat(waiting.reconsideration().requestedBy()).as("the parties stay named")
                    .isEqualTo(new TimelineActor("SELLER", "seller-1"));
            assertThat(decided.ruling().ruledBy()).isNull();
            assertThat(decided.ruling().revised()).isTrue();
            assertThat(decided.reconsideration().decision().decidedBy()).isNull();
        }
    }

    @Test
    void aReconsideredDetail_readsBackFromItsJson() throws Exception {
        ComplaintSteps story = ruled().reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_2).rulingRevisedBy(ARBITER_2);
        DetailFixture detail = new DetailFixture();
        ComplaintDetail shown = detail.projection.deliver(story).then(() -> detail.detail(story.id(), AUDITOR));

        String text = json.writeValueAsString(shown);

        assertThat(json.readTree(text).get("ruling").get("final").asBoolean()).isTrue();
        assertThat(json.readTree(text).get("ruling").get("revised").asBoolean()).isTrue();
        assertThat(json.readTree(text).get("reconsideration").get("decision").get("upheld").asBoolean()).isFalse();
        assertThat(json.readValue(text, ComplaintDetail.class)).isEqualTo(shown);
    }
}
