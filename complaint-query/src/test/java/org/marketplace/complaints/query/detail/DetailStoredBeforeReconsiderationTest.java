package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintCaseTest.event;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint ruled before reconsideration existed: its stored facts lack the window's keys and its case row the
 * window. It reads as a ruling without a window, final, with nothing to ask, and it does not fail; a request the
 * command side accepted all the same (it reads the ruling upcast, with the default window) still shows.
 */
class DetailStoredBeforeReconsiderationTest {

    private final JdbcTemplate jdbc = ReadModelDatabase.migrated();
    private final ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
            .ruledBy(ARBITER_1);
    private final Instant withinTheWindow = event(story, ComplaintRuled.class).ruledAt().plus(Duration.ofHours(1));
    private final DetailFixture detail = new DetailFixture(jdbc, withinTheWindow);

    private void storedByAnEarlierRelease() throws Exception {
        detail.projection.deliver(story);
        FactsBeforeReconsideration.restore(jdbc, DetailTables.FACTS, story.id());
        FactsBeforeReconsideration.restoreCase(jdbc, CaseRows.TABLE, story.id());
    }

    @Test
    void aRulingStoredWithoutTheWindow_readsAsFinal_withoutAWindow_andOffersNoReconsideration() throws Exception {
        storedByAnEarlierRelease();

        ComplaintDetail seen = detail.detail(story.id(), BUYER);

        assertThat(seen.ruling().finalRuling()).isTrue();
        assertThat(seen.ruling().reconsiderationDueBy()).isNull();
        assertThat(seen.ruling().revised()).isFalse();
        assertThat(seen.ruling().rationale()).isEqualTo("商品确有质量问题");
        assertThat(seen.reconsideration()).isNull();
        assertThat(seen.summary().nextDeadline()).isNull();
        assertThat(seen.summary().availableActions()).containsExactly(Action.WITHDRAW);
    }

    @Test
    void aReconsiderationRequestedOnSuchARuling_stillShows_andHoldsItOpen() throws Exception {
        storedByAnEarlierRelease();
        story.reconsiderationRequestedBy(BUYER);

        detail.projection.deliver(story.messages().subList(story.messages().size() - 1, story.messages().size()));

        ComplaintDetail seen = detail.detail(story.id(), AUDITOR);
        assertThat(seen.reconsideration().statement()).isEqualTo("物流记录证明签收前已损坏");
        assertThat(seen.ruling().finalRuling()).isFalse();
        assertThat(seen.timeline()).last().extracting(entry -> entry.type()).isEqualTo("ReconsiderationRequested");
    }
}
