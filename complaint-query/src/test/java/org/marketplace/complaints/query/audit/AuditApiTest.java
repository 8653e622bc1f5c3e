package org.marketplace.complaints.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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

/** The audit API over HTTP, on events stored through Axon's event store as the command side stores them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final BuyerId buyer = new BuyerId("buyer-" + UUID.randomUUID());
    private final ComplaintId id = ComplaintId.forKey(buyer, new OrderId("order-1"), ComplaintCategory.QUALITY_PROBLEM);
    private final List<ComplaintEvent> history = List.of(
            new ComplaintFiled(id, buyer, new OrderId("order-1"), new SellerId("seller-1"),
                    ComplaintCategory.QUALITY_PROBLEM, "杯子漏水", List.of(new EvidenceItem(EvidenceKind.PHOTO, "p:1", null)),
                    DeadlinePolicy.DEFAULT, T0, T0.plus(Duration.ofHours(48))),
            new SellerResponded(id, new SellerId("seller-1"), SellerPosition.DISPUTE, "出厂完好", List.of(), T0.plusSeconds(60)),
            new NegotiationStarted(id, T0.plusSeconds(60), T0.plusSeconds(60).plus(Duration.ofDays(7))),
            new PlatformIntervened(id, InterventionReason.REQUESTED_BY_BUYER, Actor.buyer(buyer), null, T0.plusSeconds(120)),
            new ArbitratorAssigned(id, new ArbitratorId("arbiter-1"), Actor.arbitrator(new ArbitratorId("arbiter-1")),
                    T0.plusSeconds(180)),
            new ComplaintRuled(id, new ArbitratorId("arbiter-1"), RulingOutcome.BUYER_FAVOURED,
                    new Remedy(RemedyType.FULL_REFUND, 12_900L), "质量问题属实", 4, T0.plusSeconds(240),
                    T0.plusSeconds(240).plus(java.time.Duration.ofDays(7))));

    private void store() {
        for (int seq = 0; seq < history.size(); seq++) {
            ComplaintEvent event = history.get(seq);
            String actor = seq == 0 ? "BUYER:" + buyer : "SELLER:seller-1";
            eventStore.publish(new GenericDomainEventMessage<>("Complaint", id.toString(), seq, event,
                    MetaData.with("actor", actor).and("correlationId", "corr-" + seq), UUID.randomUUID().toString(),
                    event.occurredAt()));
        }
    }

    @Test
    void theHistory_listsEveryEventInOrder_withPositionsTypesRevisionActorsAndCorrelationIds() {
        store();

        AuditedEvent[] events = auditor().getForObject("/api/audit/complaints/{id}/events", AuditedEvent[].class, id);

        assertThat(Arrays.stream(events).map(AuditedEvent::type)).containsExactly("ComplaintFiled",
                "SellerResponded", "NegotiationStarted", "PlatformIntervened", "ArbitratorAssigned", "ComplaintRuled");
        assertThat(Arrays.stream(events).map(AuditedEvent::sequence)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(Arrays.stream(events).map(AuditedEvent::globalPosition)).isSorted().doesNotHaveDuplicates();
        assertThat(events[0].actor()).isEqualTo("BUYER:" + buyer);
        assertThat(events[0].correlationId()).isEqualTo("corr-0");
        assertThat(events[0].revision()).isEqualTo("1");
        assertThat(events[0].occurredAt()).isEqualTo(T0);
        assertThat(events[0].payload().get("description").asText()).isEqualTo("杯子漏水");
    }

    @Test
    void theStateAtAnInstant_isTheFoldOfTheEventsUpToThen() throws Exception {
        store();
        Instant afterIntervention = T0.plusSeconds(150);

        JsonNode state = auditor().getForObject("/api/audit/complaints/{id}/state?at={at}", JsonNode.class,
                id, afterIntervention);

        ComplaintFacts expected = ComplaintFacts.replay(history.subList(0, 4));
        assertThat(state.get("version").asLong()).isEqualTo(3);
        assertThat(state.get("facts").toString()).isEqualTo(json.writeValueAsString(expected));
        assertThat(state.get("facts").get("state").asText()).isEqualTo("PLATFORM_INTERVENED");
    }

    @Test
    void whatTheArbitratorSaw_isTheComplaintAtTheVersionTheRulingRecords() throws Exception {
        store();

        JsonNode basis = auditor().getForObject("/api/audit/complaints/{id}/ruling-basis", JsonNode.class, id);

        assertThat(basis.get("version").asLong()).isEqualTo(4);
        assertThat(basis.get("facts").toString())
                .isEqualTo(json.writeValueAsString(ComplaintFacts.replay(history.subList(0, 5))));
    }

    @Test
    void theGlobalStream_isExportedAsNdjson_filteredByTimeAndType() {
        store();

        ResponseEntity<String> export = auditor().getForEntity(
                "/api/audit/events?from={from}&to={to}&type=SellerResponded", String.class, T0, T0.plusSeconds(300));

        assertThat(export.getHeaders().getContentType()).hasToString("application/x-ndjson");
        List<String> lines = export.getBody().lines().filter(line -> line.contains(id.toString())).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"type\":\"SellerResponded\"", "\"sequence\":1");
    }

    @Test
    void anUnknownComplaint_isNotFound_andOnlyAuditorsMayRead() {
        assertThat(auditor().getForEntity("/api/audit/complaints/{id}/events", String.class, UUID.randomUUID())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("buyer-1", "demo").getForEntity("/api/audit/complaints/{id}/events",
                String.class, id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor().getForEntity("/api/audit/events?type=NoSuchEvent", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private TestRestTemplate auditor() {
        return http.withBasicAuth("auditor-1", "demo");
    }
}
