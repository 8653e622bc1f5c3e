package org.marketplace.complaints.command.web;

import org.marketplace.complaints.api.ComplaintId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The global position (Axon's globalIndex) of a complaint's last stored event. A client passes it to the
 * query service as X-Min-Event-Position to read its own writes.
 */
@Component
class EventPositions {

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long lastOf(ComplaintId complaintId) {
        Long position = jdbc.queryForObject(
                "SELECT MAX(globalIndex) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Long.class, complaintId.toString());
        return position == null ? 0L : position;
    }
}
