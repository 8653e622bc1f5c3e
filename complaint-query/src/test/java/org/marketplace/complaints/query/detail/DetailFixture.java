package org.marketplace.complaints.query.detail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.query.FindComplaintDetail;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.RecordedStreams;
import org.springframework.jdbc.core.JdbcTemplate;

/** The detail's projection and query handler over one fresh database, asked at a fixed time. */
class DetailFixture {

    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");

    final Deliveries projection;
    private final ComplaintDetailQueries queries;

    DetailFixture() {
        this(NOW);
    }

    /** Asked at {@code now}: whether a ruling is final, and what a viewer may do, depend on when it is asked. */
    DetailFixture(Instant now) {
        this(ReadModelDatabase.migrated(), now);
    }

    /** Over {@code jdbc}, a database migrated as the service's (a test may change its rows first). */
    DetailFixture(JdbcTemplate jdbc, Instant now) {
        this(jdbc, now, RecordedStreams.none());
    }

    /** {@code streams}: the event store facts stored under another fold version are rebuilt from. */
    DetailFixture(JdbcTemplate jdbc, Instant now, ComplaintStreams streams) {
        projection = new Deliveries(new ComplaintDetailProjection(jdbc, streams));
        queries = new ComplaintDetailQueries(jdbc, Clock.fixed(now, ZoneOffset.UTC), streams);
    }

    ComplaintDetail detail(ComplaintId id, Actor viewer) {
        return queries.handle(new FindComplaintDetail(id, viewer));
    }
}
