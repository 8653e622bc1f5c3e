package org.marketplace.complaints.query.readmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model's copy of each complaint's facts (the fold of ComplaintFacts, as JSON) with the sequence number
 * of the last event folded in. Folding is what makes a projection idempotent: an event at or below that
 * number (delivered again, or met again by a replay) changes nothing. Used by the queue and the detail alike.
 */
public final class FoldedFacts {

    private static final Logger log = LoggerFactory.getLogger(FoldedFacts.class);
    // the summaries' storage format: every read model keeps the facts alike
    private static final FactsJson JSON = new FactsJson();

    private final JdbcTemplate jdbc;
    private final String table;
    private final Map<String, Function<ComplaintFacts, Object>> columns;

    /** {@code table} has the columns complaint_id, facts and last_sequence. */
    public FoldedFacts(JdbcTemplate jdbc, String table) {
        this(jdbc, table, Map.of());
    }

    /**
     * Also keeps {@code columns} (name → value from the facts) up to date beside the facts: what a read model
     * filters and sorts on. Names are constants of the projections, never request input.
     */
    public FoldedFacts(JdbcTemplate jdbc, String table, Map<String, Function<ComplaintFacts, Object>> columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = new LinkedHashMap<>(columns);
    }

    /** The stored facts after this event; empty when the event was folded in before (or has no filing). */
    public Optional<ComplaintFacts> fold(ComplaintEvent event, long sequence) {
        String id = event.complaintId().value();
        List<Folded> stored = jdbc.query("SELECT facts, last_sequence FROM " + table + " WHERE complaint_id = ?",
                (row, n) -> new Folded(read(row.getString("facts")), row.getLong("last_sequence")), id);
        if (!stored.isEmpty() && sequence <= stored.get(0).lastSequence()) {
            return Optional.empty();
        }
        ComplaintFacts next = (stored.isEmpty() ? ComplaintFacts.none() : stored.get(0).facts()).apply(event);
        if (!next.isFiled()) {
            // a stream that does not start with its filing names no parties: nothing a view could show
            log.warn("{}: no filing seen for complaint {}, {} skipped", table, id, event.getClass().getSimpleName());
            return Optional.empty();
        }
        store(next, sequence, id, stored.isEmpty());
        return Optional.of(next);
    }

    private void store(ComplaintFacts facts, long sequence, String id, boolean insert) {
        List<String> names = new ArrayList<>(List.of("facts", "last_sequence"));
        names.addAll(columns.keySet());
        List<Object> values = new ArrayList<>(List.of(JSON.write(facts), sequence));
        columns.values().forEach(column -> values.add(column.apply(facts)));
        values.add(id);
        String sql = insert
                ? "INSERT INTO " + table + " (" + String.join(", ", names) + ", complaint_id) VALUES ("
                        + "?, ".repeat(names.size()) + "?)"
                : "UPDATE " + table + " SET " + String.join(" = ?, ", names) + " = ? WHERE complaint_id = ?";
        jdbc.update(sql, values.toArray());
    }

    private record Folded(ComplaintFacts facts, long lastSequence) {
    }

    public Optional<ComplaintFacts> find(ComplaintId complaintId) {
        return jdbc.queryForList("SELECT facts FROM " + table + " WHERE complaint_id = ?", String.class,
                complaintId.value()).stream().findFirst().map(FoldedFacts::read);
    }

    public void clear() {
        jdbc.update("DELETE FROM " + table);
    }

    public static ComplaintFacts read(String json) {
        return JSON.read(json);
    }
}
