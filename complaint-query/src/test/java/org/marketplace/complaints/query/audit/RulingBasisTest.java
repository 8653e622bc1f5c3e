package org.marketplace.complaints.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * GET /api/audit/complaints/{id}/ruling-basis after a reconsideration: by default what the arbitrator of the ruling
 * in force saw (the reviser's version after a revision, the original ruling's otherwise); RULING and RECONSIDERATION
 * ask for either decision whatever is in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RulingBasisTest {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
    private static final ArbitratorId RULING = new ArbitratorId("arbiter-1");
    private static final ArbitratorId RECONSIDERING = new ArbitratorId("arbiter-2");

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final BuyerId buyer = new BuyerId("buyer-" + UUID.randomUUID());
    private final ComplaintId id = ComplaintId.forKey(buyer, new OrderId("order-1"), ComplaintCategory.QUALITY_PROBLEM);

    /** Ruled on version 3, asked at 5, taken at 6; {@code decision} (decided on version 6) follows when given. */
    private List<ComplaintEvent> ruledThenReconsidered(ComplaintEvent... decision) {
        List<ComplaintEvent> history = new ArrayList<>(List.of(
                new ComplaintFiled(id, buyer, new OrderId("order-1"), new SellerId("seller-1"),
                        ComplaintCategory.QUALITY_PROBLEM, "杯子漏水", List.of(new EvidenceItem(EvidenceKind.PHOTO, "p:1", null)),
                        DeadlinePolicy.DEFAULT, T0, T0.plus(Duration.ofHours(48))),
                new PlatformIntervened(id, InterventionReason.REQUESTED_BY_BUYER, Actor.buyer(buyer), null, at(1)),
                new ArbitratorAssigned(id, RULING, Actor.arbitrator(RULING), at(2)),
                new EvidenceSubmitted(id, Actor.buyer(buyer), List.of(new EvidenceItem(EvidenceKind.CHAT_LOG, "c:3", null)),
                        at(3)),
                new ComplaintRuled(id, RULING, RulingOutcome.BUYER_FAVOURED, new Remedy(RemedyType.FULL_REFUND, 12_900L),
                        "质量问题属实", 3, at(4), at(4).plus(Duration.ofDays(7))),
                new ReconsiderationRequested(id, Actor.seller(new SellerId("seller-1")), "签收前已损坏",
                        List.of(new EvidenceItem(EvidenceKind.LOGISTICS, "w:2", null)), at(5)),
                new ArbitratorAssigned(id, RECONSIDERING, Actor.arbitrator(RECONSIDERING), at(6))));
        history.addAll(List.of(decision));
        return history;
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private void store(List<ComplaintEvent> history) {
        for (int seq = 0; seq < history.size(); seq++) {
            eventStore.publish(new GenericDomainEventMessage<>("Complaint", id.toString(), seq, history.get(seq),
                    MetaData.with("actor", "SYSTEM:test"), UUID.randomUUID().toString(), history.get(seq).occurredAt()));
        }
    }

    @Test
    void afterARevision_theBasisByDefault_isWhatTheReconsideringArbitratorSaw() throws Exception {
        List<ComplaintEvent> history = ruledThenReconsidered(
                new RulingRevised(id, RECONSIDERING, RulingOutcome.SELLER_FAVOURED, Remedy.none(), "完好", 6, at(7)),
                new RulingBecameFinal(id, null, at(7)));
        store(history);

        JsonNode inForce = basis("");

        assertThat(inForce.get("version").asLong()).isEqualTo(6);
        assertThat(inForce.get("asOf").asText()).isEqualTo(at(7).toString());
        assertThat(inForce.get("decisionEvent").asText()).isEqualTo("RulingRevised");
        assertThat(inForce.get("decidedBy").asText()).isEqualTo("arbiter-2");
        assertThat(inForce.get("facts").toString())
                .isEqualTo(json.writeValueAsString(ComplaintFacts.replay(history.subList(0, 7))));
        assertThat(basis("?decision=RECONSIDERATION")).isEqualTo(inForce);
    }

    @Test
    void afterARevision_theOriginalRulingsBasis_isStillThere() throws Exception {
        List<ComplaintEvent> history = ruledThenReconsidered(
                new RulingRevised(id, RECONSIDERING, RulingOutcome.SELLER_FAVOURED, Remedy.none(), "完好", 6, at(7)),
                new RulingBecameFinal(id, null, at(7)));
        store(history);

        JsonNode original = basis("?decision=RULING");

        assertThat(original.get("version").asLong()).isEqualTo(3);
        assertThat(original.get("asOf").asText()).isEqualTo(at(4).toString());
        assertThat(original.get("decisionEvent").asText()).isEqualTo("ComplaintRuled");
        assertThat(original.get("decidedBy").asText()).isEqualTo("arbiter-1");
        assertThat(original.get("facts").toString())
                .isEqualTo(json.writeValueAsString(ComplaintFacts.replay(history.subList(0, 4))));
    }

    @Test
    void anUpheldRuling_staysTheOriginalArbitratorsByDefault_andItsUpholdingIsAskedForByName() {
        store(ruledThenReconsidered(new RulingUpheld(id, RECONSIDERING, "维持", 6, at(7)),
                new RulingBecameFinal(id, null, at(7))));

        assertThat(basis("").get("decisionEvent").asText()).isEqualTo("ComplaintRuled");
        assertThat(basis("").get("version").asLong()).isEqualTo(3);
        JsonNode upheld = basis("?decision=RECONSIDERATION");
        assertThat(upheld.get("decisionEvent").asText()).isEqualTo("RulingUpheld");
        assertThat(upheld.get("decidedBy").asText()).isEqualTo("arbiter-2");
        assertThat(upheld.get("version").asLong()).isEqualTo(6);
        assertThat(upheld.get("facts").get("reconsideration").get("requestedBy").asText()).isEqualTo("SELLER");
    }

    @Test
    void aReconsiderationNotYetDecided_hasNoBasis_andAnUnknownDecisionIsBadInput() {
        store(ruledThenReconsidered());

        ResponseEntity<JsonNode> undecided = auditor().getForEntity(
                "/api/audit/complaints/{id}/ruling-basis?decision=RECONSIDERATION", JsonNode.class, id);
        assertThat(undecided.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(undecided.getBody().get("code").asText()).isEqualTo("COMPLAINT_NOT_FOUND");
        assertThat(basis("").get("decisionEvent").asText()).as("the ruling is in force meanwhile")
                .isEqualTo("ComplaintRuled");
        assertThat(auditor().getForEntity("/api/audit/complaints/{id}/ruling-basis?decision=APPEAL", String.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private JsonNode basis(String query) {
        ResponseEntity<JsonNode> answer = auditor().getForEntity("/api/audit/complaints/{id}/ruling-basis" + query,
                JsonNode.class, id);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private TestRestTemplate auditor() {
        return http.withBasicAuth("auditor-1", "demo");
    }
}
