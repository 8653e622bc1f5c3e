package org.marketplace.complaints.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.query.audit.ChainRows.K1;
import static org.marketplace.complaints.query.audit.ChainRows.K2;
import static org.marketplace.complaints.query.audit.ChainRows.K9;
import static org.marketplace.complaints.query.audit.ChainRows.activeKey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.marketplace.complaints.platform.integrity.EventChain;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit's verification against events stored with their hash chain (written here as the command side
 * writes it), then edited or removed behind the application's back, straight in the database. The service is
 * configured as after a key rotation: k2 active, k1 kept for verifying; k9 it has never been given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.integrity.keys.k1=" + K1, "complaints.integrity.keys.k2=" + K2,
        "complaints.integrity.active-key=k2"})
class TamperDetectionTest {

    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
    private static final ChainKeys BEFORE_ROTATION = activeKey("k1", "k1", K1);
    private static final ChainKeys AFTER_ROTATION = activeKey("k2", "k1", K1, "k2", K2);

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;

    private final BuyerId buyer = new BuyerId("buyer-" + UUID.randomUUID());
    private final ComplaintId id = ComplaintId.forKey(buyer, new OrderId("o-1"), ComplaintCategory.OTHER);

    private void store() {
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
    }

    private void storeWithChain() {
        store();
        ChainRows.seal(jdbc, rows(), seq -> AFTER_ROTATION);
    }

    @Test
    void anUntouchedHistory_verifies_andSaysWhichKeySealedIt() {
        storeWithChain();

        ChainVerification result = verify();

        assertThat(result.valid()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(3);
        assertThat(result.unkeyed()).isZero();
        assertThat(result.keys()).isEqualTo(Map.of("k2", 3L));
        assertThat(result.firstMismatch()).isNull();
    }

    @Test
    void aChainSealedWithK1_andAfterTheRotationWithK2_verifiesFully() {
        store();
        ChainRows.seal(jdbc, rows(), seq -> seq < 2 ? BEFORE_ROTATION : AFTER_ROTATION);

        ChainVerification result = verify();

        assertThat(result.valid()).isTrue();
        assertThat(result.keys()).isEqualTo(Map.of("k1", 2L, "k2", 1L));
        assertThat(verifyRange().valid()).isTrue();
    }

    @Test
    void anEventSealedWithAKeyTheServiceDoesNotHave_isReported_notAServerError() {
        store();
        ChainRows.seal(jdbc, rows(), seq -> seq < 1 ? AFTER_ROTATION : activeKey("k9", "k9", K9));

        var answer = auditor().getForEntity("/api/audit/complaints/{id}/verification", ChainVerification.class, id);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().valid()).isFalse();
        assertThat(answer.getBody().firstMismatch().sequence()).isEqualTo(1);
        assertThat(answer.getBody().firstMismatch().problem()).contains("'k9'", "not configured");
        assertThat(verifyRange().firstMismatch().problem()).contains("'k9'");
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
        ChainVerification range = verifyRange();
        assertThat(range.valid()).isFalse();
        assertThat(range.firstMismatch().globalPosition()).isEqualTo(second.globalIndex());
    }

    @Test
    void anEditedHash_failsVerification_atThatEvent() {
        storeWithChain();
        StoredEvent second = rows().get(1);
        jdbc.update("UPDATE event_hash SET hash = ? WHERE global_index = ?", "f".repeat(64), second.globalIndex());

        assertThat(verify().firstMismatch().sequence()).isEqualTo(1);
        assertThat(verifyRange().firstMismatch().globalPosition()).isEqualTo(second.globalIndex());
    }

    @Test
    void anEditedEvent_whoseChainWasRecomputedWithoutTheKey_failsVerification() {
        storeWithChain();
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?",
                new String(rows().get(1).payload()).replace("同意", "拒绝").getBytes(), rows().get(1).globalIndex());
        // what someone with write access to the database can do: recompute the chain from the edited event on,
        // but only in the plain format, for want of the key
        String first = jdbc.queryForObject("SELECT hash FROM event_hash WHERE aggregate_identifier = ? AND "
                + "sequence_number = 0", String.class, id.toString());
        jdbc.update("DELETE FROM event_hash WHERE aggregate_identifier = ? AND sequence_number > 0", id.toString());
        ChainRows.sealUnkeyed(jdbc, first, rows().subList(1, 3));

        ChainVerification result = verify();

        assertThat(result.valid()).isFalse();
        assertThat(result.firstMismatch().sequence()).isEqualTo(1);
        assertThat(result.firstMismatch().problem()).contains("unkeyed hash, stored after the chain was keyed");
        assertThat(verifyRange().valid()).isFalse();
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
        return auditor().getForObject("/api/audit/complaints/{id}/verification", ChainVerification.class, id);
    }

    private ChainVerification verifyRange() {
        return auditor().getForObject("/api/audit/verification?fromPosition={from}", ChainVerification.class,
                rows().get(0).globalIndex());
    }

    private TestRestTemplate auditor() {
        return http.withBasicAuth("auditor-1", "demo");
    }

    private List<StoredEvent> rows() {
        return ChainRows.of(jdbc, id.toString());
    }
}
