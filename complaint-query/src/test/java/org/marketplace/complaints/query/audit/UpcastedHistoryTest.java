package org.marketplace.complaints.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event stored in an older revision, as an earlier release wrote it (and hashed it, before the chain was
 * keyed), reaches the audit through Axon's upcaster chain like it reaches the projections, while the hash chain
 * still verifies over the bytes as stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UpcastedHistoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @TestConfiguration
    static class WithAnUpcaster {
        @Bean
        EventUpcaster sellerRespondedRevision0() {
            return new OldRevisionUpcaster();
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    private final BuyerId buyer = new BuyerId("buyer-" + UUID.randomUUID());
    private final ComplaintId id = ComplaintId.forKey(buyer, new OrderId("o-old"), ComplaintCategory.OTHER);

    /** Three events, the second rewritten as revision 0 had it, all hashed as releases before V18 did. */
    private void storeAsAnEarlierReleaseDid() throws Exception {
        List<ComplaintEvent> events = List.of(
                new ComplaintFiled(id, buyer, new OrderId("o-old"), new SellerId("seller-1"), ComplaintCategory.OTHER,
                        "旧版本", List.of(new EvidenceItem(EvidenceKind.CHAT_LOG, "c:1", null)), DeadlinePolicy.DEFAULT,
                        T0, T0.plus(Duration.ofHours(48))),
                new SellerResponded(id, new SellerId("seller-1"), SellerPosition.DISPUTE, "出厂完好", List.of(),
                        T0.plusSeconds(10)),
                new NegotiationStarted(id, T0.plusSeconds(10), T0.plus(Duration.ofDays(7))));
        new EarlierRevisionRows(eventStore, jdbc, json).store(id, events, "SELLER:seller-1", 1, "0", old -> {
            old.set("message", old.remove("statement"));
            return old;
        });
    }

    @Test
    void anOldRevision_isShownUpcast_inTheHistoryTheStateAndTheExport_andItsStoredBytesStillVerify() throws Exception {
        storeAsAnEarlierReleaseDid();

        AuditedEvent[] history = auditor().getForObject("/api/audit/complaints/{id}/events", AuditedEvent[].class, id);
        JsonNode state = auditor().getForObject("/api/audit/complaints/{id}/state?at={at}", JsonNode.class, id,
                T0.plusSeconds(60));
        String export = auditor().getForObject("/api/audit/events?from={from}&to={to}&type=SellerResponded",
                String.class, T0, T0.plusSeconds(60));
        ChainVerification verification = auditor().getForObject("/api/audit/complaints/{id}/verification",
                ChainVerification.class, id);

        assertThat(history[1].revision()).isEqualTo("1");
        assertThat(history[1].payload().get("statement").asText()).isEqualTo("出厂完好");
        assertThat(history[1].payload().has("message")).isFalse();
        assertThat(state.get("version").asLong()).isEqualTo(2);
        List<JsonNode> exported = export.lines().map(this::tree)
                .filter(line -> line.get("complaintId").asText().equals(id.toString())).toList();
        assertThat(exported).singleElement().satisfies(line -> {
            assertThat(line.get("revision").asText()).isEqualTo("1");
            assertThat(line.get("payload").get("statement").asText()).isEqualTo("出厂完好");
        });
        assertThat(jdbc.queryForObject("SELECT payloadRevision FROM DomainEventEntry WHERE globalIndex = ?",
                String.class, history[1].globalPosition())).as("the stored row is left as it was").isEqualTo("0");
        assertThat(verification.valid()).isTrue();
        assertThat(verification.unkeyed()).isEqualTo(3);
        assertThat(verification.keys()).isEmpty();
    }

    private JsonNode tree(String line) {
        try {
            return json.readTree(line);
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private TestRestTemplate auditor() {
        return http.withBasicAuth("auditor-1", "demo");
    }
}
