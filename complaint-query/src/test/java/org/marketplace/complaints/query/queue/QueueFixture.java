package org.marketplace.complaints.query.queue;

import static org.marketplace.complaints.query.detail.Parties.ARBITRATOR;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.query.FindArbitrationQueue;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.api.view.ArbitrationQueuePage;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.detail.Deliveries;
import org.marketplace.complaints.query.detail.ReadModelDatabase;
import org.marketplace.complaints.query.readmodel.RecordedStreams;
import org.springframework.jdbc.core.JdbcTemplate;

/** The queue's projection and query handler over one fresh database, asked as arbiter-1 at a fixed time. */
class QueueFixture {

    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");

    final Deliveries projection;
    private final ArbitrationQueueQueries queries;

    QueueFixture() {
        this(NOW);
    }

    /** Asked at {@code now}: whether an entry is overdue depends on when the queue is asked. */
    QueueFixture(Instant now) {
        JdbcTemplate jdbc = ReadModelDatabase.migrated();
        RecordedStreams streams = RecordedStreams.none();
        projection = new Deliveries(new ArbitrationQueueProjection(jdbc, streams));
        queries = new ArbitrationQueueQueries(jdbc, Clock.fixed(now, ZoneOffset.UTC), streams);
    }

    ArbitrationQueuePage page(ArbitratorId assignee, Boolean unassigned, ComplaintCategory category,
                              QueueEntryKind kind, int page, int size) {
        return queries.handle(new FindArbitrationQueue(ARBITRATOR, assignee, unassigned, category, kind, page, size));
    }

    /** The whole queue, unfiltered, on one page. */
    List<ArbitrationQueueEntry> entries() {
        return page(null, null, null, null, 0, 100).items();
    }
}
