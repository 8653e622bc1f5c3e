package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_1;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.query.detail.ComplaintSteps;

class ArbitrationQueueReplayTest {

    private final QueueFixture queue = new QueueFixture();
    private final ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
            .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE);

    @Test
    void replayingTheSameEvents_afterAReset_givesTheSameQueue() {
        List<ArbitrationQueueEntry> first = queue.projection.deliver(story).then(queue::entries);

        List<ArbitrationQueueEntry> replayed = queue.projection.reset().deliver(story).then(queue::entries);

        assertThat(replayed).hasSize(2).isEqualTo(first);
        assertThat(queue.page(null, null, null, null, 0, 20).totalItems()).as("counted once, not twice").isEqualTo(2);
    }

    @Test
    void aReset_emptiesTheQueue() {
        queue.projection.deliver(story).reset();

        assertThat(queue.entries()).isEmpty();
        assertThat(queue.page(null, null, null, null, 0, 20).totalItems()).isZero();
    }

    @Test
    void eventsDeliveredAgain_areAppliedOnce() {
        List<ArbitrationQueueEntry> once = queue.projection.deliver(story).then(queue::entries);

        assertThat(queue.projection.deliver(story).then(queue::entries)).isEqualTo(once);
    }

    @Test
    void anOldEventDeliveredAgain_doesNotUndoALaterOne() {
        // the assignment comes again after the withdrawal request: the request must stay in the queue
        queue.projection.deliver(story).deliver(story.messages().subList(1, 3));

        assertThat(queue.entries()).extracting(ArbitrationQueueEntry::pendingWithdrawalRequest).doesNotContainNull()
                .hasSize(2);
    }
}
