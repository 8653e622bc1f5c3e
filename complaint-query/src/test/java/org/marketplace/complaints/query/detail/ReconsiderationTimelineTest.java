package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintCaseTest.event;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.ComplaintTimelineTest.data;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.TimelineActor;
import org.marketplace.complaints.api.view.TimelineEntry;

/** The timeline of a ruling's reconsideration: each of its four event types with its facts and its sentence. */
class ReconsiderationTimelineTest {

    private static final TimelineActor THE_PLATFORM = new TimelineActor("ARBITRATOR", null);

    private final DetailFixture detail = new DetailFixture();

    private static ComplaintSteps ruled() {
        return aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1).ruledBy(ARBITER_1);
    }

    /** The story's last {@code n} steps as the party sees them. */
    private List<TimelineEntry> last(int n, ComplaintSteps story) {
        List<TimelineEntry> timeline = detail.projection.deliver(story).then(() -> detail.detail(story.id(), BUYER))
                .timeline();
        return timeline.subList(timeline.size() - n, timeline.size());
    }

    @Test
    void theRuling_namesUntilWhenItsReconsiderationMayBeAsked() {
        ComplaintSteps story = ruled();

        TimelineEntry ruling = last(1, story).get(0);

        assertThat(ruling.data()).containsEntry("reconsiderationDueBy",
                event(story, ComplaintRuled.class).reconsiderationDueBy().toString());
    }

    @Test
    void aRequest_andAnUpholding_areToldWithTheStatementTheEvidenceCountAndTheNote() {
        ComplaintSteps story = ruled().reconsiderationRequestedBy(SELLER).assignedTo(ARBITER_2)
                .rulingUpheldBy(ARBITER_2);

        List<TimelineEntry> steps = last(4, story);

        ReconsiderationRequested asked = event(story, ReconsiderationRequested.class);
        RulingUpheld upheld = event(story, RulingUpheld.class);
        assertThat(steps.get(0)).isEqualTo(new TimelineEntry(story.messages().size() - 4L, asked.requestedAt(),
                "ReconsiderationRequested", new TimelineActor("SELLER", "seller-1"),
                data("statement", "物流记录证明签收前已损坏", "evidenceCount", 1),
                "Seller asked for the ruling to be reconsidered, with new evidence: 1 item"));
        assertThat(steps.get(1).type()).isEqualTo("ArbitratorAssigned");
        assertThat(steps.get(2)).isEqualTo(new TimelineEntry(story.messages().size() - 2L, upheld.decidedAt(),
                "RulingUpheld", THE_PLATFORM, data("note", "新证据不改变结论"), "The ruling was upheld on reconsideration"));
        assertThat(steps.get(3)).isEqualTo(new TimelineEntry(story.messages().size() - 1L, upheld.decidedAt(),
                "RulingBecameFinal", THE_PLATFORM, data("reconsidered", true),
                "The ruling is final: its reconsideration was decided"));
    }

    @Test
    void aRevision_isToldWithItsOutcomeRemedyAndRationale() {
        ComplaintSteps story = ruled().reconsiderationRequestedBy(BUYER).assignedTo(ARBITER_2)
                .rulingRevisedBy(ARBITER_2);

        TimelineEntry revision = last(2, story).get(0);

        assertThat(revision.type()).isEqualTo("RulingRevised");
        assertThat(revision.actor()).isEqualTo(THE_PLATFORM);
        assertThat(revision.data()).isEqualTo(data("outcome", "SELLER_FAVOURED", "remedy", data("type", "NONE"),
                "rationale", "签收时包装完好"));
        assertThat(revision.summary()).isEqualTo("The ruling was revised on reconsideration: SELLER_FAVOURED, remedy NONE");
    }

    @Test
    void aWindowPassedUnused_isTheSystems_andNamesTheDeadline() {
        ComplaintSteps story = ruled().reconsiderationWindowPassed();

        TimelineEntry finalStep = last(1, story).get(0);

        assertThat(finalStep.at()).isEqualTo(event(story, ComplaintRuled.class).reconsiderationDueBy());
        assertThat(finalStep.actor()).isEqualTo(new TimelineActor("SYSTEM", "deadline"));
        assertThat(finalStep.data()).isEqualTo(data("reconsidered", false, "deadline", "RECONSIDERATION"));
        assertThat(finalStep.summary()).isEqualTo("The ruling is final: nobody asked for its reconsideration in time");
    }

    @Test
    void staff_seeWhoDecided_inTheActor() {
        ComplaintSteps story = ruled().reconsiderationRequestedBy(BUYER).assignedTo(ARBITER_2)
                .rulingRevisedBy(ARBITER_2);

        List<TimelineEntry> timeline = detail.projection.deliver(story)
                .then(() -> detail.detail(story.id(), AUDITOR)).timeline();

        assertThat(timeline).filteredOn(entry -> entry.type().startsWith("Ruling")).extracting(TimelineEntry::actor)
                .containsOnly(new TimelineActor("ARBITRATOR", "arbiter-2"));
    }
}
