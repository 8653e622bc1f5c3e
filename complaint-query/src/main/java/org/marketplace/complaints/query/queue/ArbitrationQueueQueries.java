package org.marketplace.complaints.query.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.marketplace.complaints.api.query.FindArbitrationQueue;
import org.marketplace.complaints.api.view.ArbitrationQueueEntry;
import org.marketplace.complaints.api.view.ArbitrationQueuePage;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the arbitration queue, oldest first; each entry shows what the asking arbitrator may do now. */
@Component
public class ArbitrationQueueQueries {

    private final JdbcTemplate jdbc;
    private final PerTableSet<QueueTables> tables;
    private final Clock clock;

    /**
     * {@code clock}: the read side's now (config.ClockConfig); the available actions depend on it. {@code streams}:
     * where facts stored under another fold version are rebuilt from before they are shown (readmodel.FoldedFacts).
     */
    public ArbitrationQueueQueries(JdbcTemplate jdbc, Clock clock, ComplaintStreams streams) {
        this.jdbc = jdbc;
        this.tables = new PerTableSet<>(jdbc, ArbitrationQueueProjection.GROUP,
                set -> QueueTables.in(set, jdbc, streams));
        this.clock = clock;
    }

    @QueryHandler
    public ArbitrationQueuePage handle(FindArbitrationQueue query) {
        QueueFilter filter = QueueFilter.of(query);
        // the page and its count from the same table set, even if a rebuild switches sets meanwhile
        QueueTables from = tables.forQueries();
        // kept by the projection (QueueCounts): counting the matching entries took 25-50 ms at 180,000
        long total = from.counts().total(filter);
        Instant now = clock.instant();
        Window window = Window.of(query.page(), query.size(), total);
        if (window.rows() <= 0) {
            return new ArbitrationQueuePage(List.of(), query.page(), query.size(), total);
        }
        // the complaint id and kind break ties, so that pages never overlap nor skip an entry
        // the page's keys first, from the filter's index alone; only then the page's facts (large objects):
        // joining before the LIMIT made the database read the facts of every matching entry
        List<ArbitrationQueueEntry> items = jdbc.query("SELECT p.kind, f.complaint_id, f.facts, f.last_sequence, "
                        + "f.fold_version FROM (SELECT q.complaint_id, q.kind, q.since FROM " + from.entries() + " q"
                        + filter.where() + window.orderBy() + " LIMIT ? OFFSET ?) p JOIN " + from.factsTable()
                        + " f ON f.complaint_id = p.complaint_id ORDER BY p.since, p.complaint_id, p.kind",
                (row, n) -> ArbitrationQueueEntry.of(from.facts().current(row),
                        QueueEntryKind.valueOf(row.getString("kind")), query.viewer(), now),
                filter.argumentsAnd(window.rows(), window.offset()));
        return new ArbitrationQueuePage(items, query.page(), query.size(), total);
    }

    /**
     * Where a page lies, read from the nearer end of the queue: the database walks the index past every row the
     * OFFSET skips, so the last page of a million entries took 50-80 ms from the front (docs/performance.md); from
     * the back it skips at most half of them. {@code rows}: how many the page holds, 0 beyond the end.
     */
    record Window(boolean fromTheEnd, long rows, long offset) {

        private static final String OLDEST_FIRST = " ORDER BY q.since, q.complaint_id, q.kind";
        private static final String NEWEST_FIRST = " ORDER BY q.since DESC, q.complaint_id DESC, q.kind DESC";

        static Window of(int page, int size, long total) {
            long offset = (long) page * size;
            long rows = Math.min(size, total - offset);
            return offset > total / 2 ? new Window(true, rows, total - offset - rows) : new Window(false, rows, offset);
        }

        String orderBy() {
            return fromTheEnd ? NEWEST_FIRST : OLDEST_FIRST;
        }
    }
}
