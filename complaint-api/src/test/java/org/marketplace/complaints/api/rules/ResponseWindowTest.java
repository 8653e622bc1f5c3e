package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.event.EvidenceSubmitted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.FILED_AT;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.PHOTO;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.aFiledComplaint;
import static org.marketplace.complaints.api.fixtures.Parties.BUYER;
import static org.marketplace.complaints.api.fixtures.Parties.SELLER;

/** A timer fires some time after it is due; until it has, the window itself decides. */
class ResponseWindowTest {

    private static final Instant DUE = FILED_AT.plus(DeadlinePolicy.DEFAULT.sellerResponse());

    @Test
    void respond_afterTheResponseWindowClosed_isRefusedAsDeadlinePassed() {
        ComplaintFacts filed = aFiledComplaint().facts();

        Decision late = ComplaintRules.decide(filed, SELLER, Action.RESPOND, DUE.plusSeconds(1));

        assertThat(late.refusal()).isEqualTo(RuleCode.DEADLINE_PASSED);
    }

    @Test
    void offer_atTheDueInstant_isStillInTime() {
        ComplaintFacts filed = aFiledComplaint().facts();

        assertThat(ComplaintRules.decide(filed, SELLER, Action.OFFER_SETTLEMENT, DUE).isAllowed()).isTrue();
    }

    @Test
    void availableActions_atATime_leaveOutTheClosedFirstAnswer_butKeepEvidence() {
        ComplaintFacts filed = aFiledComplaint().facts();

        assertThat(ComplaintRules.availableActions(filed, SELLER, DUE.plus(Duration.ofHours(1))))
                .containsExactly(Action.ADD_EVIDENCE);
    }

    @Test
    void evidenceAfterTheDueTime_doesNotAnswerTheRequest() {
        ComplaintFacts requested = aFiledComplaint().sellerResponded().intervened(
                org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER)
                .evidenceRequested(EvidenceParty.BUYER).facts();
        Instant due = requested.evidenceRequest().dueBy();

        ComplaintFacts late = requested.apply(new EvidenceSubmitted(requested.complaintId(), BUYER, List.of(PHOTO),
                due.plusSeconds(1)));

        assertThat(late.evidenceRequest().awaiting()).containsExactly(org.marketplace.complaints.api.Role.BUYER);
    }
}
