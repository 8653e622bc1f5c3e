package org.marketplace.complaints.query.detail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.query.FindComplaintDetail;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.springframework.jdbc.core.JdbcTemplate;

/** The detail's projection and query handler over one fresh database, asked at a fixed time. */
class DetailFixture {

    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");

    final Deliveries projection;
    private final ComplaintDetailQueries queries;

    DetailFixture() {
        JdbcTemplate jdbc = ReadModelDatabase.migrated();
        projection = new Deliveries(new ComplaintDetailProjection(jdbc));
        queries = new ComplaintDetailQueries(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    ComplaintDetail detail(ComplaintId id, Actor viewer) {
        return queries.handle(new FindComplaintDetail(id, viewer));
    }
}
