package org.marketplace.complaints.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ruling stored as ComplaintRuled revision 1 (before reconsideration: no reconsiderationDueBy) reaches the audit
 * upcast by the product's ComplaintRuledUpcaster, as revision 2 with the default window from its ruling time, in the
 * history, the state and the ruling's basis; its stored bytes are left as they were and still verify.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UpcastRulingHistoryTest {

    private static final Instant T0 = Instant.parse("2025-11-03T08:00:00Z");
    private static final Instant RULED_AT = T0.plus(Duration.ofHours(3));

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final BuyerId buyer = new BuyerId("buyer-" + UUID.randomUUID());
    private final ComplaintId id = ComplaintId.forKey(buyer, new OrderId("o-ruled"), ComplaintCategory.OTHER);

    /** Four events, the ruling rewritten as revision 1 had it, all hashed as the legacy chain did. */
    private long storeARulingOfRevision1() throws Exception {
        ArbitratorId arbitrator = new ArbitratorId("arbiter-1");
        List<ComplaintEvent> events = List.of(
                new ComplaintFiled(id, buyer, new OrderId("o-ruled"), new SellerId("seller-1"), ComplaintCategory.OTHER,
                        "旧裁决", List.of(new EvidenceItem(EvidenceKind.CHAT_LOG, "c:1", null)), DeadlinePolicy.DEFAULT,
                        T0, T0.plus(Duration.ofHours(48))),
                new PlatformIntervened(id, InterventionReason.SELLER_NO_RESPONSE, null, null, T0.plusSeconds(60)),
                new ArbitratorAssigned(id, arbitrator, Actor.arbitrator(arbitrator), T0.plusSeconds(120)),
                // what revision 2 writes; rewritten below into revision 1's payload
                new ComplaintRuled(id, arbitrator, RulingOutcome.SELLER_FAVOURED, Remedy.none(), "证据不足", 2,
                        RULED_AT, RULED_AT.plus(Duration.ofDays(30))));
        StoredEvent ruling = new EarlierRevisionRows(eventStore, jdbc, json).store(id, events, "ARBITRATOR:arbiter-1", 3,
                "1", revision1 -> {
                    revision1.remove("reconsiderationDueBy");
                    return revision1;
                });
        return ruling.globalIndex();
    }

    @Test
    void aRevision1Ruling_readsUpcast_withTheDefaultWindowFromItsRulingTime() throws Exception {
        long stored = storeARulingOfRevision1();
        Instant defaultWindow = RULED_AT.plus(Duration.ofDays(7));

        AuditedEvent[] history = auditor().getForObject("/api/audit/complaints/{id}/events", AuditedEvent[].class, id);
        JsonNode state = auditor().getForObject("/api/audit/complaints/{id}/state?at={at}", JsonNode.class, id,
                RULED_AT.plusSeconds(1));
        JsonNode basis = auditor().getForObject("/api/audit/complaints/{id}/ruling-basis", JsonNode.class, id);
        ChainVerification verification = auditor().getForObject("/api/audit/complaints/{id}/verification",
                ChainVerification.class, id);

        assertThat(history[3].type()).isEqualTo("ComplaintRuled");
        assertThat(history[3].revision()).isEqualTo("2");
        assertThat(Instant.parse(history[3].payload().get("reconsiderationDueBy").asText())).isEqualTo(defaultWindow);
        assertThat(Instant.parse(state.get("facts").get("reconsiderationDueBy").asText())).isEqualTo(defaultWindow);
        assertThat(Instant.parse(state.get("facts").get("ruledAt").asText())).isEqualTo(RULED_AT);
        assertThat(basis.get("decisionEvent").asText()).isEqualTo("ComplaintRuled");
        assertThat(basis.get("version").asLong()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT payloadRevision FROM DomainEventEntry WHERE globalIndex = ?",
                String.class, stored)).as("the stored row is left as it was").isEqualTo("1");
        assertThat(verification.valid()).isTrue();
    }

    private TestRestTemplate auditor() {
        return http.withBasicAuth("auditor-1", "demo");
    }
}
