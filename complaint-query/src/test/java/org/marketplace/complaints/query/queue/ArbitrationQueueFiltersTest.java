package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.ComplaintCategory.*;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.api.view.QueueEntryKind.INTERVENTION;
import static org.marketplace.complaints.api.view.QueueEntryKind.WITHDRAWAL_REVIEW;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_1;
import static org.marketplace.complaints.query.detail.Parties.ARBITER_2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.api.view.ArbitrationQueuePage;
import org.marketplace.complaints.query.detail.ComplaintSteps;

/** Four waiting cases filed a day apart, so that their order in the queue is their filing order. */
class ArbitrationQueueFiltersTest {

    private final QueueFixture queue = new QueueFixture();
    private final ComplaintSteps oldestUnassigned = filed("order-1", QUALITY_PROBLEM, 0).intervened(SELLER_NO_RESPONSE);
    private final ComplaintSteps takenByArbiter1 = filed("order-2", LATE_DELIVERY, 1).intervened(SELLER_NO_RESPONSE)
            .assignedTo(ARBITER_1);
    private final ComplaintSteps takenByArbiter2 = filed("order-3", QUALITY_PROBLEM, 2).intervened(SELLER_NO_RESPONSE)
            .assignedTo(ARBITER_2);
    private final ComplaintSteps newestRequest = filed("order-4", PRICE_FRAUD, 3).sellerResponded()
            .withdrawalRequested(WithdrawalReason.MISUNDERSTANDING);

    @BeforeEach
    void deliverInAnotherOrderThanFiled() {
        queue.projection.deliver(newestRequest, takenByArbiter2, oldestUnassigned, takenByArbiter1);
    }

    @Test
    void theQueue_isOldestFirst() {
        assertThat(ids(queue.page(null, null, null, null, 0, 20)))
                .containsExactly(oldestUnassigned.id(), takenByArbiter1.id(), takenByArbiter2.id(), newestRequest.id());
    }

    @Test
    void unassigned_listsTheCasesNobodyHasTaken() {
        assertThat(ids(queue.page(null, true, null, null, 0, 20))).containsExactly(oldestUnassigned.id(), newestRequest.id());
        assertThat(ids(queue.page(null, false, null, null, 0, 20))).containsExactly(takenByArbiter1.id(), takenByArbiter2.id());
    }

    @Test
    void assignee_listsThatArbitratorsCases() {
        assertThat(ids(queue.page(ARBITER_2, null, null, null, 0, 20))).containsExactly(takenByArbiter2.id());
    }

    @Test
    void category_listsThatCategory() {
        assertThat(ids(queue.page(null, null, QUALITY_PROBLEM, null, 0, 20)))
                .containsExactly(oldestUnassigned.id(), takenByArbiter2.id());
    }

    @Test
    void kind_listsThatKind() {
        assertThat(ids(queue.page(null, null, null, WITHDRAWAL_REVIEW, 0, 20))).containsExactly(newestRequest.id());
        assertThat(ids(queue.page(null, null, null, INTERVENTION, 0, 20)))
                .containsExactly(oldestUnassigned.id(), takenByArbiter1.id(), takenByArbiter2.id());
    }

    @Test
    void filters_combine() {
        assertThat(ids(queue.page(null, true, QUALITY_PROBLEM, INTERVENTION, 0, 20))).containsExactly(oldestUnassigned.id());
    }

    @Test
    void pages_splitTheQueue_andCountEveryEntry() {
        ArbitrationQueuePage second = queue.page(null, null, null, null, 1, 3);

        assertThat(ids(second)).containsExactly(newestRequest.id());
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.totalItems()).isEqualTo(4);
    }

    @Test
    void everyPageSize_pagesReadInTurn_listTheQueueOnceOldestFirst_thoseOfTheBackHalfReadFromTheEnd() {
        List<ComplaintId> all = List.of(oldestUnassigned.id(), takenByArbiter1.id(), takenByArbiter2.id(),
                newestRequest.id());
        for (int size = 1; size <= 5; size++) {
            List<ComplaintId> inTurn = new ArrayList<>();
            for (int page = 0; page * size < all.size(); page++) {
                inTurn.addAll(ids(queue.page(null, null, null, null, page, size)));
            }
            assertThat(inTurn).as("pages of %d", size).isEqualTo(all);
        }
        assertThat(ids(queue.page(null, false, null, null, 1, 1))).containsExactly(takenByArbiter2.id());
    }

    @Test
    void aPageBeyondTheEnd_isEmpty_butCountsTheFilteredEntries() {
        ArbitrationQueuePage beyond = queue.page(null, true, null, null, 5, 10);

        assertThat(beyond).isEqualTo(new ArbitrationQueuePage(List.of(), 5, 10, 2));
    }

    private static ComplaintSteps filed(String order, ComplaintCategory category, int daysLater) {
        return aFiledComplaint(order, category, FILED_AT.plus(Duration.ofDays(daysLater)));
    }

    private static List<ComplaintId> ids(ArbitrationQueuePage page) {
        return page.items().stream().map(ArbitrationQueueEntry::complaintId).toList();
    }
}
