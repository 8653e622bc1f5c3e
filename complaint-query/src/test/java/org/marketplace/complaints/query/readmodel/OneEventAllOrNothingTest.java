package org.marketplace.complaints.query.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.query.ops.OpsStories.aNegotiatedComplaint;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.marketplace.complaints.query.ops.OpsStories;
import org.marketplace.complaints.query.ops.deadletters.DeadLetters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The detail projection fails halfway through an event, for real: its facts are folded, then its timeline row
 * collides with one planted in the database. None of that event's writes may stay behind, or the retry would
 * find the facts already past the event and skip it for good, leaving the timeline without it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneEventAllOrNothingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String PROCESSOR = "complaint-detail";

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadLetters deadLetters;

    @Test
    void anEventThatFailsHalfway_leavesNoneOfItsWrites_andItsRetryAppliesItWhole() {
        OpsStories stories = new OpsStories(eventStore, jdbc);
        ComplaintSteps complaint = aNegotiatedComplaint();
        int events = complaint.messages().size();
        stories.store(complaint.messages().subList(0, 1));
        await().atMost(PATIENCE).until(() -> stories.lastSequence("complaint_detail", complaint) == 0);
        jdbc.update("INSERT INTO complaint_timeline (complaint_id, sequence, at, type, actor, summary) "
                + "VALUES (?, 1, ?, 'Planted', NULL, 'in the way')", complaint.id().value(), OffsetDateTime.now());

        stories.store(complaint.messages().subList(1, events));
        await().atMost(PATIENCE).until(() -> deadLetters.of(PROCESSOR).letterCount() == events - 1);

        assertThat(stories.lastSequence("complaint_detail", complaint)).as("facts folded up to").isZero();
        jdbc.update("DELETE FROM complaint_timeline WHERE complaint_id = ? AND type = 'Planted'",
                complaint.id().value());
        assertThat(deadLetters.retry(PROCESSOR).remaining().letterCount()).isZero();
        assertThat(stories.lastSequence("complaint_detail", complaint)).isEqualTo(stories.lastStoredSequence(complaint));
        assertThat(jdbc.queryForList("SELECT sequence FROM complaint_timeline WHERE complaint_id = ? ORDER BY sequence",
                Long.class, complaint.id().value())).hasSize(events).startsWith(0L, 1L);
    }
}
