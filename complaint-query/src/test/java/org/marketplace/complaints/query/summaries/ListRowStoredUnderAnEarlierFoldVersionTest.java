package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_1;
import static org.marketplace.complaints.query.detail.Parties.BUYER_ID;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.marketplace.complaints.query.detail.FactsBeforeReconsideration;
import org.marketplace.complaints.query.readmodel.FactsJson;
import org.marketplace.complaints.query.readmodel.RecordedStreams;
import org.marketplace.complaints.query.testdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A list shows each complaint from its row's facts; a row stored under an earlier fold version (its JSON without the
 * reconsideration window, so it would read as a final ruling) is folded again from the events before it is shown,
 * and written back under the current version.
 */
class ListRowStoredUnderAnEarlierFoldVersionTest {

    private final DataSource database = TestDatabases.migrated();
    private final JdbcTemplate jdbc = new JdbcTemplate(database);
    private final RecordedStreams eventStore = RecordedStreams.recording();
    private final ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
            .ruledBy(ARBITER_1);
    private final SummaryFixture lists = new SummaryFixture(database, story.now().plus(Duration.ofHours(1)), eventStore);

    @Test
    void aListRowOfAnEarlierFoldVersion_isFoldedAgainFromTheEvents_andOffersTheReconsideration() throws Exception {
        eventStore.store(story.id().value(), story.messages());
        List<ComplaintEvent> events = story.events();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            lists.deliver(events.get(sequence), sequence);
        }
        FactsBeforeReconsideration.restore(jdbc, "my_complaints", story.id());
        jdbc.update("UPDATE my_complaints SET fold_version = 0");

        ComplaintSummary shown = lists.myComplaints(BUYER_ID, null, 0, 20).items().get(0);

        assertThat(shown.availableActions()).contains(Action.REQUEST_RECONSIDERATION);
        assertThat(jdbc.queryForObject("SELECT fold_version FROM my_complaints", Integer.class))
                .isEqualTo(FactsJson.VERSION);
        assertThat(eventStore.reads()).containsExactly(story.id().value());
    }
}
