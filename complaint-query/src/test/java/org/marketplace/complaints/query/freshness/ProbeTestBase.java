package org.marketplace.complaints.query.freshness;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tests against the probe read model: appending its events as the command service would, reading its token. */
@Import(ProbeSupport.class)
abstract class ProbeTestBase {

    @Autowired
    ProjectionFreshness freshness;
    @Autowired
    ProbeProjection probe;
    @Autowired
    EventStore store;
    @Autowired
    JdbcTemplate jdbc;

    /** Appends one probe event (its own aggregate) and answers its global position, as X-Event-Position does. */
    long append(String label) {
        store.publish(new GenericDomainEventMessage<>("Probe", "probe-" + label, 0, new ProbeProjection.ProbeEvent(label)));
        return jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, "probe-" + label);
    }

    /** The position the probe processor's segment has stored in the token table (the token is Jackson JSON). */
    long storedIndex(int segment) throws Exception {
        byte[] token = jdbc.queryForObject("SELECT token FROM TokenEntry WHERE processorName = ? AND segment = ?",
                byte[].class, ProbeProjection.GROUP, segment);
        return token == null ? -1 : new ObjectMapper().readTree(new String(token, StandardCharsets.UTF_8)).path("index").asLong(-1);
    }
}
