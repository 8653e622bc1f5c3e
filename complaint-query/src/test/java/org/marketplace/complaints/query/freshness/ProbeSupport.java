package org.marketplace.complaints.query.freshness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The probe read model as a bean, and appending its events to the store as the command service would. */
@TestConfiguration(proxyBeanMethods = false)
class ProbeSupport {

    @Bean
    ProbeProjection probeProjection(JdbcTemplate jdbc) {
        return new ProbeProjection(jdbc);
    }

    /** Appends one probe event (its own aggregate) and answers its global position, as X-Event-Position does. */
    static long append(EventStore store, JdbcTemplate jdbc, String label) {
        store.publish(new GenericDomainEventMessage<>("Probe", "probe-" + label, 0, new ProbeProjection.ProbeEvent(label)));
        return jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, "probe-" + label);
    }

    /** The position a processor's segment has stored in the token table (the token is Jackson JSON). */
    static long storedIndex(JdbcTemplate jdbc, String processor, int segment) throws Exception {
        byte[] token = jdbc.queryForObject("SELECT token FROM TokenEntry WHERE processorName = ? AND segment = ?",
                byte[].class, processor, segment);
        return token == null ? -1 : new ObjectMapper().readTree(new String(token, StandardCharsets.UTF_8)).path("index").asLong(-1);
    }
}
