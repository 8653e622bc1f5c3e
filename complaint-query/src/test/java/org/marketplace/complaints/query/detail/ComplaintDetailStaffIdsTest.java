package org.marketplace.complaints.query.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.InterventionReason.SELLER_NO_RESPONSE;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;
import static org.marketplace.complaints.query.detail.Parties.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.view.*;

import java.util.List;

/**
 * The parties deal with the platform, not with a named staff member: they see no staff id anywhere in the detail
 * (actor, data, ruling, decisions, requests, suggestions, assignee); arbitrators and auditors see every one.
 */
class ComplaintDetailStaffIdsTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final DetailFixture detail = new DetailFixture();
    // every staff step, by two arbitrators: arbiter-1 has the case, arbiter-2 reviews the late request
    private final ComplaintSteps story = aFiledComplaint().withdrawalRequested(WithdrawalReason.MISUNDERSTANDING)
            .withdrawalRejectedBy(ARBITER_1).intervened(SELLER_NO_RESPONSE).assignedTo(ARBITER_1)
            .evidenceRequested(EvidenceParty.BUYER).withdrawalSuggested().suggestionDeclined().ruledBy(ARBITER_1)
            .withdrawalRequested(WithdrawalReason.INSUFFICIENT_EVIDENCE).withdrawalRejectedBy(ARBITER_2);

    @ParameterizedTest
    @MethodSource("parties")
    void aParty_seesThePlatform_neverAStaffId(Actor party) throws Exception {
        ComplaintDetail seen = detail.projection.deliver(story).then(() -> detail.detail(story.id(), party));

        assertThat(json.writeValueAsString(seen)).doesNotContain(ARBITER_1.value(), ARBITER_2.value());
        assertThat(seen.summary().assignee()).isNull();
        assertThat(seen.ruling().ruledBy()).isNull();
        assertThat(seen.withdrawalRequests()).extracting(WithdrawalRequestView::decidedBy).containsOnlyNulls();
        assertThat(seen.evidenceRequests()).extracting(EvidenceRequestView::requestedBy).containsOnlyNulls();
        assertThat(seen.withdrawalSuggestions()).extracting(WithdrawalSuggestionView::suggestedBy).containsOnlyNulls();
        assertThat(seen.timeline()).filteredOn(entry -> entry.actor().role().equals("ARBITRATOR")).hasSize(6)
                .extracting(TimelineEntry::actor).containsOnly(new TimelineActor("ARBITRATOR", null));
        // the parties themselves stay named: each knows the other from the summary anyway
        assertThat(seen.timeline().get(0).actor()).isEqualTo(new TimelineActor("BUYER", "buyer-1"));
    }

    @ParameterizedTest
    @MethodSource("staff")
    void arbitratorsAndAuditors_seeWhoActed(Actor staff) {
        ComplaintDetail seen = detail.projection.deliver(story).then(() -> detail.detail(story.id(), staff));

        assertThat(seen.summary().assignee()).isEqualTo(ARBITER_1);
        assertThat(seen.ruling().ruledBy()).isEqualTo(ARBITER_1);
        assertThat(seen.withdrawalRequests()).extracting(WithdrawalRequestView::decidedBy)
                .containsExactly(ARBITER_1, ARBITER_2);
        assertThat(seen.evidenceRequests()).extracting(EvidenceRequestView::requestedBy).containsExactly(ARBITER_1);
        assertThat(seen.withdrawalSuggestions()).extracting(WithdrawalSuggestionView::suggestedBy)
                .containsExactly(ARBITER_1);
        assertThat(seen.timeline()).filteredOn(entry -> entry.type().equals("ArbitratorAssigned")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(new TimelineActor("ARBITRATOR", "arbiter-1"));
                    assertThat(entry.data()).containsEntry("arbitratorId", "arbiter-1");
                });
        assertThat(seen.timeline()).filteredOn(entry -> entry.type().equals("WithdrawalRequestRejected"))
                .extracting(entry -> entry.actor().id()).containsExactly("arbiter-1", "arbiter-2");
    }

    static List<Actor> parties() {
        return List.of(BUYER, SELLER);
    }

    static List<Actor> staff() {
        return List.of(ARBITRATOR, AUDITOR);
    }
}
