package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.ComplaintTimelineTest.data;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.api.view.TimelineActor;
import org.marketplace.complaints.api.view.TimelineEntry;

/** The detail of an agreed settlement: the fulfilment window in the timeline, then closed as settled or reported. */
class SettlementTimelineTest {

    private final DetailFixture detail = new DetailFixture();

    @Test
    void anAgreedSettlement_closedWhenItsWindowPassed_showsSettled_andTheSystemNamingTheDeadline() {
        ComplaintSteps story = aFiledComplaint().settlementOffered(OfferType.FULL_REFUND, 12_900L).settlementAgreed()
                .closedAsSettled();

        detail.projection.deliver(story);

        ComplaintDetail seen = detail.detail(story.id(), BUYER);
        assertThat(seen.summary().state()).isEqualTo(ComplaintState.SETTLED);
        List<TimelineEntry> timeline = seen.timeline();
        TimelineEntry started = timeline.get(timeline.size() - 2);
        TimelineEntry closed = timeline.get(timeline.size() - 1);
        assertThat(started.type()).isEqualTo("SettlementFulfilmentStarted");
        assertThat(started.data()).containsEntry("offerId", "offer-1")
                .containsEntry("fulfilmentDueBy", story.events().get(story.events().size() - 1).occurredAt().toString());
        assertThat(closed.type()).isEqualTo("ComplaintClosedAsSettled");
        assertThat(closed.actor()).isEqualTo(new TimelineActor("SYSTEM", "deadline"));
        assertThat(closed.data()).isEqualTo(data("offerId", "offer-1", "deadline", "SETTLEMENT_FULFILMENT"));
        assertThat(closed.summary()).isEqualTo("Closed as settled: the fulfilment window passed");
    }

    @Test
    void aSettlementReportedUnfulfilled_isAnInterventionAtTheBuyersRequest() {
        ComplaintSteps story = aFiledComplaint().settlementOffered(OfferType.FULL_REFUND, 12_900L).settlementAgreed()
                .intervened(InterventionReason.SETTLEMENT_UNFULFILLED);

        detail.projection.deliver(story);

        TimelineEntry last = detail.detail(story.id(), BUYER).timeline().get(story.events().size() - 1);
        assertThat(last.type()).isEqualTo("PlatformIntervened");
        assertThat(last.actor()).isEqualTo(new TimelineActor("BUYER", "buyer-1"));
        assertThat(last.data()).isEqualTo(data("reason", "SETTLEMENT_UNFULFILLED", "note", "请平台介入"));
    }
}
