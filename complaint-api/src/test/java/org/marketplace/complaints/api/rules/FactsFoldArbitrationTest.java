package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.fixtures.ComplaintHistory;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.*;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.aFiledComplaint;
import static org.marketplace.complaints.api.fixtures.Parties.*;

/** The fold of intervention, assignment, evidence requests, suggestions and the ruling. */
class FactsFoldArbitrationTest {

    @Test
    void platformIntervened_recordsWhyAndSince_andEndsTheNegotiationWindow() {
        ComplaintHistory history = intervenedUnassigned();
        ComplaintFacts facts = history.facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.PLATFORM_INTERVENED);
        assertThat(facts.interventionReason()).isEqualTo(InterventionReason.REQUESTED_BY_BUYER);
        assertThat(facts.intervenedAt()).isEqualTo(history.now());
        assertThat(facts.negotiationDueBy()).isNull();
        assertThat(facts.assignee()).isNull();
    }

    @Test
    void platformIntervened_whenTheSellerNeverAnswered_endsTheResponseWindow() {
        ComplaintFacts facts = aFiledComplaint().intervened(InterventionReason.SELLER_NO_RESPONSE).facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.PLATFORM_INTERVENED);
        assertThat(facts.interventionReason()).isEqualTo(InterventionReason.SELLER_NO_RESPONSE);
        assertThat(facts.sellerResponseDueBy()).isNull();
    }

    @Test
    void arbitratorAssigned_setsTheAssignee_andAReassignmentReplacesIt() {
        assertThat(intervenedAssigned().facts().assignee()).isEqualTo(ARBITRATOR_ID);
        assertThat(intervenedAssigned().assignedTo(OTHER_ARBITRATOR_ID).facts().assignee()).isEqualTo(OTHER_ARBITRATOR_ID);
    }

    @Test
    void evidenceRequested_awaitsEachPartyAsked_untilTheyAnswer() {
        ComplaintHistory history = intervenedWithOpenEvidenceRequest();
        OpenEvidenceRequest request = history.facts().evidenceRequest();

        assertThat(request.from()).isEqualTo(EvidenceParty.BOTH);
        assertThat(request.awaiting()).isEqualTo(Set.of(Role.BUYER, Role.SELLER));
        assertThat(request.dueBy()).isEqualTo(history.now().plus(Duration.ofHours(72)));
        assertThat(history.evidenceSubmittedBy(SELLER).facts().evidenceRequest().awaiting()).isEqualTo(Set.of(Role.BUYER));
    }

    @Test
    void evidenceSubmitted_byAPartyNotAsked_leavesTheRequestAsItWas() {
        ComplaintFacts facts = intervenedAssigned().evidenceRequested(EvidenceParty.SELLER).evidenceSubmittedBy(BUYER).facts();

        assertThat(facts.evidenceRequest().awaiting()).isEqualTo(Set.of(Role.SELLER));
    }

    @Test
    void evidenceRequestFulfilledOrExpired_closesTheRequest() {
        assertThat(intervenedWithOpenEvidenceRequest().evidenceRequestFulfilled().facts().evidenceRequest()).isNull();
        assertThat(intervenedWithOpenEvidenceRequest().evidenceRequestExpired().facts().evidenceRequest()).isNull();
    }

    @Test
    void withdrawalSuggested_isOpen_untilTheBuyerDeclines() {
        ComplaintHistory history = intervenedWithOpenSuggestion();
        OpenSuggestion suggestion = history.facts().suggestion();

        assertThat(suggestion.suggestedBy()).isEqualTo(ARBITRATOR_ID);
        assertThat(suggestion.rationale()).isEqualTo("未发现卖家违规");
        assertThat(suggestion.suggestedAt()).isEqualTo(history.now());
        assertThat(history.suggestionDeclined().facts().suggestion()).isNull();
    }

    @Test
    void complaintRuled_isBinding_andClosesEveryOpenMatter() {
        ComplaintFacts facts = intervenedWithOpenSuggestion().evidenceRequested(EvidenceParty.BUYER)
                .ruledBy(ARBITRATOR_ID).facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.RULED);
        assertThat(facts.ruledBy()).isEqualTo(ARBITRATOR_ID);
        assertThat(facts.suggestion()).isNull();
        assertThat(facts.evidenceRequest()).isNull();
        assertThat(facts.openOffer()).isNull();
    }

    @Test
    void withdrawalRequested_afterARuling_isExceptional() {
        PendingWithdrawal pending = ruledWithPendingExceptionalRequest().facts().pendingWithdrawal();

        assertThat(pending.exceptional()).isTrue();
        assertThat(ruledWithPendingExceptionalRequest().facts().state()).isEqualTo(ComplaintState.RULED);
    }
}
