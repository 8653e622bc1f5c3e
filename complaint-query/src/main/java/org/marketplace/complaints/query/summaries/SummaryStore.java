package org.marketplace.complaints.query.summaries;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one complaint list: one per complaint, holding the fold of its events so far. Written by one
 * processing group, whose sequencing keeps a complaint's events in order on one thread; in Spring the
 * JdbcTemplate joins the transaction in which Axon also stores the processor's token. Read a page at a time,
 * newest filing first, the complaint id breaking ties so that paging is stable; both the page and its count
 * run on the (owner, [state,] filed_at) indexes. What the viewer may do is computed when asked, by the rules,
 * from the stored facts: never stored, so it cannot go stale.
 */
public class SummaryStore {

    private static final Logger log = LoggerFactory.getLogger(SummaryStore.class);
    private static final String NEWEST_FIRST = " ORDER BY filed_at DESC, complaint_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private final JdbcTemplate jdbc;
    private final SummaryTable table;
    private final FactsJson json;

    public SummaryStore(DataSource dataSource, SummaryTable table, FactsJson json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.table = table;
        this.json = json;
    }

    /** Folds the event into its complaint's row; an event at or below the row's last sequence is already in it. */
    public void apply(ComplaintEvent event, long sequence) {
        List<StoredRow> rows = jdbc.query("SELECT facts, last_sequence FROM " + table.name() + " WHERE complaint_id = ?",
                (rs, n) -> new StoredRow(json.read(rs.getString(1)), rs.getLong(2)), event.complaintId().toString());
        StoredRow stored = rows.isEmpty() ? null : rows.get(0);
        if (stored != null && sequence <= stored.lastSequence()) {
            return;
        }
        ComplaintFacts facts = (stored == null ? ComplaintFacts.none() : stored.facts()).apply(event);
        if (!facts.isFiled()) {
            // a stream that does not start with its filing: nothing a list could show
            log.warn("{}: no filing seen for complaint {}, {} skipped", table.name(), event.complaintId(),
                    event.getClass().getSimpleName());
            return;
        }
        if (stored == null) {
            insert(facts, sequence);
        } else {
            update(facts, sequence);
        }
    }

    /** Empties the list, for a rebuild from the first event. */
    public void clear() {
        jdbc.update("DELETE FROM " + table.name());
    }

    /** The owner's complaints (only those in {@code state} unless it is null), as the viewer sees them at {@code now}. */
    public ComplaintSummaryPage page(Object owner, ComplaintState state, int page, int size, Actor viewer, Instant now) {
        List<Object> args = new ArrayList<>(List.of(owner.toString()));
        String where = " FROM " + table.name() + " WHERE " + table.ownerColumn() + " = ?";
        if (state != null) {
            where += " AND state = ?";
            args.add(state.name());
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + where, Long.class, args.toArray());
        args.add((long) page * size);
        args.add(size);
        List<ComplaintSummary> items = jdbc.query("SELECT facts" + where + NEWEST_FIRST,
                (rs, n) -> ComplaintSummary.of(json.read(rs.getString(1)), viewer, now), args.toArray());
        return new ComplaintSummaryPage(items, page, size, total == null ? 0 : total);
    }

    private void insert(ComplaintFacts facts, long sequence) {
        jdbc.update("INSERT INTO " + table.name() + " (state, updated_at, last_sequence, facts, complaint_id, "
                        + table.ownerColumn() + ", filed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                facts.state().name(), utc(facts.updatedAt()), sequence, json.write(facts),
                facts.complaintId().toString(), table.owner().apply(facts).toString(), utc(facts.filedAt()));
    }

    private void update(ComplaintFacts facts, long sequence) {
        jdbc.update("UPDATE " + table.name() + " SET state = ?, updated_at = ?, last_sequence = ?, facts = ?"
                        + " WHERE complaint_id = ?",
                facts.state().name(), utc(facts.updatedAt()), sequence, json.write(facts),
                facts.complaintId().toString());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record StoredRow(ComplaintFacts facts, long lastSequence) {
    }
}
