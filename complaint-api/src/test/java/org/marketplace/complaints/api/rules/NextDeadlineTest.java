package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.fixtures.ComplaintHistory;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.*;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.FILED_AT;
import static org.marketplace.complaints.api.fixtures.ComplaintHistory.aFiledComplaint;
import static org.marketplace.complaints.api.fixtures.Parties.SELLER;

/** The next deadline a complaint runs against and whose move it waits for, as the views show it. */
class NextDeadlineTest {

    @Test
    void awaitingSeller_waitsForTheSellersResponse() {
        assertThat(awaitingSeller().facts().nextDeadline()).isEqualTo(new NextDeadline(DeadlineKind.SELLER_RESPONSE,
                FILED_AT.plus(Duration.ofHours(48)), DeadlineParty.SELLER));
    }

    @Test
    void theResponseWindow_isThePolicyRecordedAtFiling() {
        DeadlinePolicy shortWindows = new DeadlinePolicy(Duration.ofHours(24), Duration.ofDays(3), Duration.ofHours(12),
                Duration.ofHours(6), Duration.ofDays(2));

        ComplaintFacts facts = aFiledComplaint(ComplaintCategory.OTHER, shortWindows).facts();

        assertThat(facts.nextDeadline().dueBy()).isEqualTo(FILED_AT.plus(Duration.ofHours(24)));
    }

    @Test
    void negotiating_runsAgainstTheNegotiationWindow_ofBothParties() {
        ComplaintHistory history = negotiating();

        assertThat(history.facts().nextDeadline()).isEqualTo(new NextDeadline(DeadlineKind.NEGOTIATION,
                history.now().plus(Duration.ofDays(7)), DeadlineParty.BOTH_PARTIES));
    }

    @ParameterizedTest(name = "asked {0}: waits for {1}")
    @CsvSource({"BUYER, BUYER", "SELLER, SELLER", "BOTH, BOTH_PARTIES"})
    void anEvidenceRequest_waitsForThePartiesAsked(EvidenceParty from, DeadlineParty party) {
        ComplaintHistory history = intervenedAssigned().evidenceRequested(from);

        assertThat(history.facts().nextDeadline()).isEqualTo(new NextDeadline(DeadlineKind.EVIDENCE,
                history.now().plus(Duration.ofHours(72)), party));
    }

    @Test
    void anEvidenceRequestOfBoth_onceTheSellerAnswered_waitsForTheBuyer() {
        NextDeadline next = intervenedWithOpenEvidenceRequest().evidenceSubmittedBy(SELLER).facts().nextDeadline();

        assertThat(next.kind()).isEqualTo(DeadlineKind.EVIDENCE);
        assertThat(next.party()).isEqualTo(DeadlineParty.BUYER);
    }

    @Test
    void intervenedWithoutAnEvidenceRequest_hasNoDeadline() {
        assertThat(intervenedUnassigned().facts().nextDeadline()).isNull();
        assertThat(intervenedWithOpenEvidenceRequest().evidenceRequestFulfilled().facts().nextDeadline()).isNull();
    }

    @Test
    void aRuling_runsAgainstItsReconsiderationWindow_forBothParties() {
        ComplaintFacts facts = ruled().facts();

        assertThat(facts.nextDeadline()).isEqualTo(new NextDeadline(DeadlineKind.RECONSIDERATION,
                facts.ruledAt().plus(DeadlinePolicy.DEFAULT.reconsideration()), DeadlineParty.BOTH_PARTIES));
    }

    @Test
    void closedComplaints_andFinalRulings_haveNoDeadline() {
        assertThat(rulingFinal().facts().nextDeadline()).isNull();
        assertThat(ruledUnderReconsideration().facts().nextDeadline()).isNull();
        assertThat(withdrawn().facts().nextDeadline()).isNull();
        assertThat(ComplaintFacts.none().nextDeadline()).isNull();
    }
}
