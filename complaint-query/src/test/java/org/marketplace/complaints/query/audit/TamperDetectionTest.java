package org.marketplace.complaints.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.marketplace.complaints.platform.integrity.StoredEventRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit's verification against events stored with their hash chain (written here as the command side
 * writes it), then edited or removed behind the application's back, straight in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TamperDetectionTest {

    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    private final BuyerId buyer = new BuyerId("buyer-" + UUID.randomUUID());
    private final ComplaintId id = ComplaintId.forKey(buyer, new OrderId("o-1"), ComplaintCategory.OTHER);

    private void storeWithChain() {
        List<ComplaintEvent> events = List.of(
                new ComplaintFiled(id, buyer, new OrderId("o-1"), new SellerId("seller-1"), ComplaintCategory.OTHER,
                        "描述", List.of(new EvidenceItem(EvidenceKind.CHAT_LOG, "c:1", null)), DeadlinePolicy.DEFAULT,
                        T0, T0.plus(Duration.ofHours(48))),
                new SellerResponded(id, new SellerId("seller-1"), SellerPosition.ACKNOWLEDGE, "同意", List.of(),
                        T0.plusSeconds(10)),
                new NegotiationStarted(id, T0.plusSeconds(10), T0.plus(Duration.ofDays(7))));
        for (int seq = 0; seq < events.size(); seq++) {
            eventStore.publish(new GenericDomainEventMessage<>("Complaint", id.toString(), seq, events.get(seq),
                    MetaData.with("actor", "BUYER:" + buyer), UUID.randomUUID().toString(), T0.plusSeconds(seq)));
        }
        String previous = EventChain.GENESIS;
        for (StoredEvent row : rows()) {
            String hash = EventChain.hash(previous, row);
            jdbc.update("INSERT INTO event_hash VALUES (?, ?, ?, ?, ?)", row.aggregateIdentifier(),
                    row.sequenceNumber(), row.globalIndex(), row.eventIdentifier(), hash);
            previous = hash;
        }
    }

    @Test
    void anUntouchedHistory_verifies() {
        storeWithChain();

        ChainVerification result = verify();

        assertThat(result.valid()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(3);
        assertThat(result.firstMismatch()).isNull();
    }

    @Test
    void anEditedEvent_failsVerification_atThatEvent() {
        storeWithChain();
        StoredEvent second = rows().get(1);
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?",
                new String(second.payload()).replace("同意", "拒绝").getBytes(), second.globalIndex());

        ChainVerification result = verify();

        assertThat(result.valid()).isFalse();
        assertThat(result.firstMismatch().sequence()).isEqualTo(1);
        assertThat(result.firstMismatch().globalPosition()).isEqualTo(second.globalIndex());
        ChainVerification range = http.withBasicAuth("auditor-1", "demo").getForObject(
                "/api/audit/verification?fromPosition={from}", ChainVerification.class, rows().get(0).globalIndex());
        assertThat(range.valid()).isFalse();
        assertThat(range.firstMismatch().globalPosition()).isEqualTo(second.globalIndex());
    }

    @Test
    void aRemovedEvent_failsVerification_atTheEventAfterTheGap() {
        storeWithChain();
        jdbc.update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 1", id.toString());

        ChainVerification result = verify();

        assertThat(result.valid()).isFalse();
        assertThat(result.firstMismatch().sequence()).isEqualTo(2);
    }

    private ChainVerification verify() {
        return http.withBasicAuth("auditor-1", "demo")
                .getForObject("/api/audit/complaints/{id}/verification", ChainVerification.class, id);
    }

    private List<StoredEvent> rows() {
        return jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "ORDER BY sequenceNumber", StoredEventRows::map, id.toString());
    }
}
