package org.marketplace.complaints.command.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Axon runs on plain JDBC with a Flyway-owned schema: no JPA, persistent deadlines, JSON payloads. */
class StorageWiringTest extends HttpTestBase {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eventsTokensAndDeadlines_areKeptByJdbcComponents() {
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(DeadlineManager.class)).isInstanceOf(DbSchedulerDeadlineManager.class);
        assertThat(context.getBean("eventSerializer", Serializer.class)).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void neitherJpaNorHibernateOrm_isOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("jakarta.persistence.EntityManager"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.hibernate.SessionFactory"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void flyway_ownsTheEventTokenAndSchedulerTables() {
        assertThat(jdbc.queryForList("SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\"",
                String.class)).startsWith("V1__event_store.sql", "V2__token_store.sql", "V3__db_scheduler.sql")
                .contains("V10__event_hash_chain.sql");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class)).isNotNegative();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TokenEntry", Integer.class)).isNotNegative();
    }

    @Test
    void payloads_areStoredAsJson_withIsoTimesAndWindows() {
        String id = journey().filed();

        byte[] payload = jdbc.queryForObject(
                "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                byte[].class, id);

        String json = new String(payload, StandardCharsets.UTF_8);
        assertThat(json).contains("\"sellerResponse\":\"PT48H\"", "\"negotiation\":\"PT168H\"")
                .containsPattern("\"filedAt\":\"\\d{4}-\\d{2}-\\d{2}T[^\"]+Z\"");
    }

    @Test
    void aFiledComplaint_hasItsSellerResponseDeadlineStored() {
        journey().filed();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks", Integer.class)).isPositive();
    }

    /** The event store skips the snapshot table on every load (HashChainingEventStorageEngine): none is taken. */
    @Test
    void noSnapshotIsTaken_andNoneCouldBeStored() {
        String id = journey().responded();

        assertThat(context.getBeansOfType(SnapshotTriggerDefinition.class)).isEmpty();
        EventStorageEngine storage = context.getBean(EventStorageEngine.class);
        assertThat(storage.readSnapshot(id)).isEmpty();
        assertThatThrownBy(() -> storage.storeSnapshot(new GenericDomainEventMessage<>("Complaint", id, 2, "state")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
