package org.marketplace.complaints.query.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.InterventionReason.*;
import static org.marketplace.complaints.api.view.QueueEntryKind.INTERVENTION;
import static org.marketplace.complaints.api.view.QueueEntryKind.WITHDRAWAL_REVIEW;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;
import static org.marketplace.complaints.query.queue.ExpectedEntry.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.query.detail.ComplaintSteps;

/** An intervened complaint waits as an INTERVENTION entry, from the intervention until the ruling. */
class InterventionEntriesTest {

    private final QueueFixture queue = new QueueFixture();

    @ParameterizedTest
    @EnumSource(InterventionReason.class)
    void intervention_byEachReason_entersTheQueue_withItsReasonAndSince(InterventionReason reason) {
        ComplaintSteps story = reason == SELLER_NO_RESPONSE ? aFiledComplaint() : aFiledComplaint().sellerResponded();
        story.intervened(reason);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, INTERVENTION, story.now(), reason, null, null, null,
                Set.of(TAKE)));
    }

    @Test
    void assignment_setsTheAssignee_andOpensTheAssigneesSteps() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, INTERVENTION, intervenedAt(story),
                SELLER_NO_RESPONSE, ARBITER_1, null, null, Set.of(RELEASE, REQUEST_EVIDENCE, SUGGEST_WITHDRAWAL, RULE)));
    }

    @Test
    void evidenceRequest_setsTheEvidenceDueTime() {
        ComplaintSteps story = aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .evidenceRequested(EvidenceParty.SELLER);

        queue.projection.deliver(story);

        assertThat(queue.entries()).containsExactly(entry(story, INTERVENTION, intervenedAt(story),
                SELLER_NO_RESPONSE, ARBITER_1, story.now().plus(DeadlinePolicy.DEFAULT.evidence()), null,
                Set.of(RELEASE, SUGGEST_WITHDRAWAL, RULE)));
    }

    @Test
    void ruling_removesTheIntervention() {
        queue.projection.deliver(aFiledComplaint().intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
                .ruledBy(ARBITER_1));

        assertThat(queue.entries()).isEmpty();
    }
}
