package org.marketplace.complaints.query.summaries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.ComplaintSummary;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.FoldedFacts;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.StripedCounts;
import org.marketplace.complaints.query.readmodel.StripedCounts.Column;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of one complaint list: one per complaint, holding the fold of its events so far. Written by one
 * processing group, whose sequencing keeps a complaint's events in order on one thread; in Spring the
 * JdbcTemplate joins the transaction in which Axon also stores the processor's token. Read a page at a time,
 * newest filing first, the complaint id breaking ties so that paging is stable; the page's keys come from the
 * (owner, [state,] filed_at) indexes, only the page's own rows are read whole, and its total is kept per owner and
 * state as the rows are written (StripedCounts), not counted. What the
 * viewer may do is computed when asked, by the rules, from the stored facts: never stored, so it cannot go stale.
 */
public class SummaryStore {

    private static final String NEWEST_FIRST = " ORDER BY filed_at DESC, complaint_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    private final JdbcTemplate jdbc;
    private final SummaryTable table;
    private final FoldedFacts facts;
    private final StripedCounts counts;

    /** {@code streams}: where facts stored under another fold version are rebuilt from (FoldedFacts). */
    public SummaryStore(DataSource dataSource, SummaryTable table, ComplaintStreams streams) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.table = table;
        Map<String, Function<ComplaintFacts, Object>> columns = new LinkedHashMap<>();
        columns.put("state", f -> f.state().name());
        columns.put("updated_at", f -> SqlTime.of(f.updatedAt()));
        columns.put(table.ownerColumn(), f -> table.owner().apply(f).toString());
        columns.put("filed_at", f -> SqlTime.of(f.filedAt()));
        this.facts = new FoldedFacts(jdbc, table.name(), columns, streams);
        this.counts = new StripedCounts(jdbc, table.counts(), "complaints",
                List.of(Column.of("owner_id"), Column.of("state")));
    }

    /**
     * Folds the event into its complaint's row, and moves the complaint between its owner's totals when its state
     * changed; an event at or below the row's last sequence is already in both.
     */
    public void apply(ComplaintEvent event, long sequence) {
        facts.change(event, sequence).ifPresent(change -> {
            List<String> before = change.before().isFiled() ? key(change.before()) : null;
            List<String> after = key(change.after());
            if (!after.equals(before)) {
                counts.changed(change.after().complaintId().value(), before == null ? List.of() : List.of(before),
                        List.of(after));
            }
        });
    }

    /** Empties the list and its totals, for a rebuild from the first event. */
    public void clear() {
        jdbc.update("DELETE FROM " + table.name());
        counts.clear();
    }

    private List<String> key(ComplaintFacts complaint) {
        return List.of(table.owner().apply(complaint).toString(), complaint.state().name());
    }

    /** The owner's complaints (only those in {@code state} unless it is null), as the viewer sees them at {@code now}. */
    public ComplaintSummaryPage page(Object owner, ComplaintState state, int page, int size, Actor viewer, Instant now) {
        List<Object> args = new ArrayList<>(List.of(owner.toString()));
        String inState = "";
        if (state != null) {
            inState = " AND state = ?";
            args.add(state.name());
        }
        // the rows and their kept totals filter alike: the owner, and the state if one is asked for
        long total = counts.total(" WHERE owner_id = ?" + inState, args.toArray());
        String where = " FROM " + table.name() + " WHERE " + table.ownerColumn() + " = ?" + inState;
        args.add((long) page * size);
        args.add(size);
        // the page's keys first, from the (owner, [state,] filed_at) index alone; only then the page's rows: reading
        // them whole made PostgreSQL fetch and sort the facts of every row before the offset (a large shop's last
        // page of 10,000 took 47 ms in the database, sorting on disk), as joining first once did to the queue
        String keys = "SELECT complaint_id, filed_at" + where + NEWEST_FIRST;
        String columns = FoldedFacts.STORED.stream().map(column -> "s." + column).collect(Collectors.joining(", "));
        // a row stored under another fold version is rebuilt from the events before it is shown (FoldedFacts)
        List<ComplaintSummary> items = jdbc.query("SELECT " + columns + " FROM (" + keys + ") p JOIN " + table.name()
                        + " s ON s.complaint_id = p.complaint_id ORDER BY p.filed_at DESC, p.complaint_id",
                (rs, n) -> ComplaintSummary.of(facts.current(rs), viewer, now), args.toArray());
        return new ComplaintSummaryPage(items, page, size, total);
    }
}
