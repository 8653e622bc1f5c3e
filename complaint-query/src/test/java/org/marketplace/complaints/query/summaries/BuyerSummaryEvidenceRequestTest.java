package org.marketplace.complaints.query.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.summaries.BuyerSummaryArbitrationTest.anIntervenedComplaint;
import static org.marketplace.complaints.query.summaries.ComplaintStream.ARBITER;
import static org.marketplace.complaints.query.summaries.TheBuyerSees.anIntervention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;

/** My Complaints while the arbitrator waits for the buyer's evidence: the deadline shows until it is answered. */
class BuyerSummaryEvidenceRequestTest {

    static final EvidenceRequestId EVIDENCE = new EvidenceRequestId("evidence-1");

    final SummaryFixture lists = new SummaryFixture();
    final ComplaintStream requested = anIntervenedComplaint().assigned(ARBITER);
    final Instant dueBy = requested.at().plus(Duration.ofHours(73));

    @Test
    void evidenceRequested_fromTheBuyer_showsTheBuyersEvidenceDeadline() {
        requested.evidenceRequested(EVIDENCE, EvidenceParty.BUYER, dueBy);

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(anIntervention(requested)
                .deadline(new NextDeadline(DeadlineKind.EVIDENCE, dueBy, DeadlineParty.BUYER)).build());
    }

    @Test
    void evidenceSubmitted_byTheOnePartyAsked_endsTheEvidenceDeadline() {
        requested.evidenceRequested(EVIDENCE, EvidenceParty.BUYER, dueBy)
                .add(new EvidenceSubmitted(requested.id(), Actor.buyer(ComplaintStream.BUYER), ComplaintStream.PHOTO, requested.next()));

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(anIntervention(requested).build());
    }

    @Test
    void evidenceRequestFulfilled_endsTheEvidenceDeadline() {
        requested.evidenceRequested(EVIDENCE, EvidenceParty.BUYER, dueBy)
                .add(new EvidenceRequestFulfilled(requested.id(), EVIDENCE, requested.next()));

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(anIntervention(requested).build());
    }

    @Test
    void evidenceRequestExpired_endsTheEvidenceDeadline() {
        requested.evidenceRequested(EVIDENCE, EvidenceParty.BUYER, dueBy)
                .add(new EvidenceRequestExpired(requested.id(), EVIDENCE, List.of(Role.BUYER), requested.next()));

        assertThat(lists.given(requested).theBuyersOnlySummary()).isEqualTo(anIntervention(requested).build());
    }
}
