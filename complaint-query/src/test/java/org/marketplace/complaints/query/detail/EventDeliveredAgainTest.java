package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.ops.OpsStories.aNegotiatedComplaint;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.query.readmodel.DeliveredAgain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's pooled processor may hand a read model an event it handled already (after a hand-over of segments, see
 * readmodel.DeliveredAgain). The detail's timeline, the one read model that appends per event, is the witness:
 * whether the repeat comes in the same batch or a later one, each event shows once, and the batch knows how many
 * of its events it had seen, which the processors view leaves out of its count.
 */
@SpringBootTest
class EventDeliveredAgainTest {

    @Autowired
    ComplaintDetailProjection detail;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachEventDeliveredTwiceInOneBatch_isRecordedOnce_andCountedAsDeliveredAgain() {
        ComplaintSteps complaint = aNegotiatedComplaint();
        List<DomainEventMessage<ComplaintEvent>> events = complaint.messages();
        List<DomainEventMessage<ComplaintEvent>> twice = new ArrayList<>();
        events.forEach(event -> {
            twice.add(event);
            twice.add(event);
        });

        assertThat(handleInOneBatch(twice)).isEqualTo(events.size());

        assertThat(timeline(complaint)).hasSize(events.size());
    }

    @Test
    void eventsDeliveredAgainInALaterBatch_areSkipped_andCountedAsDeliveredAgain() {
        ComplaintSteps complaint = aNegotiatedComplaint();
        List<DomainEventMessage<ComplaintEvent>> events = complaint.messages();
        assertThat(handleInOneBatch(events)).isZero();

        assertThat(handleInOneBatch(events.subList(1, events.size()))).isEqualTo(events.size() - 1);

        assertThat(timeline(complaint)).hasSize(events.size());
    }

    /** Handles the events as a processor's batch does, in one unit of work; how many it had seen before. */
    private int handleInOneBatch(List<DomainEventMessage<ComplaintEvent>> events) {
        BatchingUnitOfWork<DomainEventMessage<ComplaintEvent>> batch = new BatchingUnitOfWork<>(events);
        int[] deliveredAgain = new int[1];
        batch.afterCommit(done -> deliveredAgain[0] = DeliveredAgain.in(done));
        batch.execute(() -> {
            DomainEventMessage<ComplaintEvent> message = batch.getMessage();
            detail.on(message.getPayload(), message.getSequenceNumber(), (String) message.getMetaData().get("actor"));
        });
        return deliveredAgain[0];
    }

    private List<Long> timeline(ComplaintSteps complaint) {
        return jdbc.queryForList("SELECT sequence FROM complaint_timeline WHERE complaint_id = ? ORDER BY sequence",
                Long.class, complaint.id().value());
    }
}
