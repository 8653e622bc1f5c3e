package org.marketplace.complaints.query.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model's copy of each complaint's facts (the fold of ComplaintFacts, as JSON) with the sequence number
 * of the last event folded in. Folding is what makes a projection idempotent: an event at or below that
 * number (delivered again, or met again by a replay) changes nothing. Used by the queue and the detail alike.
 * <p>
 * Each row also carries the fold version it was written under ({@link FactsJson#VERSION}; 0 for rows from before
 * versions were stored). A row of another version is never trusted: its JSON reads a field the fold has since
 * gained as null, and the rules would answer from it wrongly. Instead the complaint is folded again from its events
 * in the event store ({@link ComplaintStreams}), up to the row's place, and the row is written under the current
 * version; rows this code writes always carry the current version.
 */
public final class FoldedFacts {

    private static final Logger log = LoggerFactory.getLogger(FoldedFacts.class);
    // the summaries' storage format: every read model keeps the facts alike
    private static final FactsJson JSON = new FactsJson();

    /** The columns {@link #current(ResultSet)} needs from a row of a facts table (or of a join on one). */
    public static final List<String> STORED = List.of("complaint_id", "facts", "last_sequence", "fold_version");
    /** Complaint ids per preloading query: far below any database's limit of bind parameters. */
    private static final int PRELOAD_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final String table;
    private final Map<String, Function<ComplaintFacts, Object>> columns;
    private final ComplaintStreams streams;
    /** The batch's resource in the unit of work, made once (see RowWrites). */
    private final String resourceKey;

    /**
     * {@code table} has the columns complaint_id, facts, last_sequence and fold_version; {@code streams}: where a
     * row of another fold version is rebuilt from.
     */
    public FoldedFacts(JdbcTemplate jdbc, String table, ComplaintStreams streams) {
        this(jdbc, table, Map.of(), streams);
    }

    /**
     * Also keeps {@code columns} (name → value from the facts) up to date beside the facts: what a read model
     * filters and sorts on. Names are constants of the projections, never request input.
     */
    public FoldedFacts(JdbcTemplate jdbc, String table, Map<String, Function<ComplaintFacts, Object>> columns,
                       ComplaintStreams streams) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = new LinkedHashMap<>(columns);
        this.streams = streams;
        this.resourceKey = FoldBatch.class.getName() + "/" + table;
    }

    /**
     * The stored facts after this event; empty when the event was folded in before (or has no filing). A row of
     * another fold version is not folded on: the facts before this event are folded again from the events before it
     * (the event store has them all, since the projection is fed from it), and this event is applied to those.
     * <p>
     * Inside a unit of work (a processor's batch, a dead letter's retry) the fold is the batch's: each complaint's
     * row is read once, for all of the batch's complaints in one query, every event is folded in memory, and each
     * changed row is written once when the batch commits, in one JDBC batch per statement, inside the batch's
     * transaction and so with its token. A failed handler's fold is undone with its savepoint (HandlerUndo).
     * Outside one (a test calling a projection) the row is written at once.
     */
    public Optional<ComplaintFacts> fold(ComplaintEvent event, long sequence) {
        return change(event, sequence).map(Change::after);
    }

    /** What folding the event in changed: the facts before it (none for a complaint's first event) and after. */
    public record Change(ComplaintFacts before, ComplaintFacts after) {
    }

    /** As {@link #fold}, with the facts before the event too: for a read model that keeps counts. */
    public Optional<Change> change(ComplaintEvent event, long sequence) {
        String id = event.complaintId().value();
        Optional<UnitOfWork<?>> unitOfWork = CurrentUnitOfWork.map(UnitOfWork::root);
        FoldBatch batch = unitOfWork.map(this::batchOf).orElseGet(FoldBatch::new);
        FoldBatch.Entry entry = batch.get(id, this::load);
        if (entry.holds(sequence)) {
            unitOfWork.ifPresent(DeliveredAgain::note);
            return Optional.empty();
        }
        ComplaintFacts before = entry.facts() != null ? entry.facts()
                : entry.row().isCurrent() ? entry.row().facts() : refolded(id, sequence - 1, entry.row());
        ComplaintFacts next = before.apply(event);
        if (!next.isFiled()) {
            // a stream that does not start with its filing names no parties: nothing a view could show
            log.warn("{}: no filing seen for complaint {}, {} skipped", table, id, event.getClass().getSimpleName());
            return Optional.empty();
        }
        batch.put(id, new FoldBatch.Entry(entry.stored(), sequence, next, null));
        if (unitOfWork.isEmpty()) {
            write(batch);
        }
        return Optional.of(new Change(before, next));
    }

    /** The unit of work's batch for this table, made (and its rows read) by the first event that needs it. */
    private FoldBatch batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            FoldBatch batch = new FoldBatch();
            unitOfWork.onPrepareCommit(committing -> write(batch));
            if (unitOfWork instanceof BatchingUnitOfWork<?> events) {
                preload(batch, events.getMessages());
            }
            return batch;
        });
    }

    /** One query for the rows of every complaint the batch has events of; those without a row are known as such. */
    private void preload(FoldBatch batch, List<? extends Message<?>> messages) {
        List<String> ids = messages.stream().map(Message::getPayload).filter(ComplaintEvent.class::isInstance)
                .map(payload -> ((ComplaintEvent) payload).complaintId().value()).distinct().toList();
        for (int from = 0; from < ids.size(); from += PRELOAD_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + PRELOAD_CHUNK));
            jdbc.query("SELECT " + String.join(", ", STORED) + " FROM " + table + " WHERE complaint_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    (ResultSet row) -> {
                        Row stored = Row.of(row);
                        batch.known(stored.complaintId(), FoldBatch.Entry.of(stored));
                    }, chunk.toArray());
            chunk.forEach(id -> batch.known(id, FoldBatch.Entry.NONE));
        }
    }

    private FoldBatch.Entry load(String id) {
        return jdbc.query("SELECT " + String.join(", ", STORED) + " FROM " + table + " WHERE complaint_id = ?",
                (row, n) -> FoldBatch.Entry.of(Row.of(row)), id).stream().findFirst().orElse(FoldBatch.Entry.NONE);
    }

    /** Every row the batch changed, in one JDBC batch for the new rows and one for the others. */
    private void write(FoldBatch batch) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        batch.drainChanged().forEach((id, entry) -> {
            List<Object> values = new ArrayList<>(List.of(JSON.write(entry.facts()), entry.lastSequence(),
                    FactsJson.VERSION));
            columns.values().forEach(column -> values.add(column.apply(entry.facts())));
            values.add(id);
            (entry.stored() ? updates : inserts).add(values.toArray());
        });
        List<String> names = new ArrayList<>(List.of("facts", "last_sequence", "fold_version"));
        names.addAll(columns.keySet());
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", names) + ", complaint_id) VALUES ("
                    + "?, ".repeat(names.size()) + "?)", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE " + table + " SET " + String.join(" = ?, ", names) + " = ? WHERE complaint_id = ?",
                    updates);
        }
    }

    /**
     * The complaint's facts, for a query. A row of another fold version is rebuilt before it is answered from (see
     * {@link #current(ResultSet)}): a query must answer what the rules say of the complaint, and only the events
     * can say what the stored JSON lacks.
     */
    public Optional<ComplaintFacts> find(ComplaintId complaintId) {
        return jdbc.query("SELECT " + String.join(", ", STORED) + " FROM " + table + " WHERE complaint_id = ?",
                (row, n) -> current(row), complaintId.value()).stream().findFirst();
    }

    /**
     * The facts of a row a query read ({@link #STORED} among its columns, as from this table): as stored when the
     * row has the current fold version; otherwise folded again from the events up to the row's last sequence (so
     * the answer is the row's place in the stream, as if the row had been written by this code) and written back
     * under the current version, on condition that the row is still as read, so that a projection which folded
     * meanwhile is never overwritten.
     * <p>
     * Rebuilt rather than reported: an error would leave the view unusable until an operator rebuilt the read model,
     * and the old facts would answer wrongly; the events are at hand and the fold is cheap. Written back so that a
     * complaint that gets no more events (a closed one) reads its stream once, not at every query. A failed write
     * back (a lock, a read-only connection) costs only that: the answer is right all the same.
     */
    public ComplaintFacts current(ResultSet resultRow) throws SQLException {
        Row row = Row.of(resultRow);
        if (row.isCurrent()) {
            return row.facts();
        }
        ComplaintFacts facts = refolded(row.complaintId(), row.lastSequence(), row);
        try {
            List<Object> values = new ArrayList<>(List.of(JSON.write(facts), FactsJson.VERSION));
            columns.values().forEach(column -> values.add(column.apply(facts)));
            values.addAll(List.of(row.complaintId(), row.lastSequence(), row.version()));
            jdbc.update("UPDATE " + table + " SET " + String.join(" = ?, ", names()) + " = ? WHERE complaint_id = ? "
                    + "AND last_sequence = ? AND fold_version = ?", values.toArray());
        } catch (DataAccessException e) {
            log.warn("{}: complaint {} was rebuilt for fold version {} but could not be written back: {}", table,
                    row.complaintId(), FactsJson.VERSION, e.getMessage());
        }
        return facts;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(List.of("facts", "fold_version"));
        names.addAll(columns.keySet());
        return names;
    }

    /** The complaint folded from its events up to and including {@code upTo}, which the stream must reach. */
    private ComplaintFacts refolded(String id, long upTo, Row stale) {
        log.info("{}: complaint {} was stored under fold version {}, not {}: folding it again from its events",
                table, id, stale.version(), FactsJson.VERSION);
        ComplaintFacts facts = ComplaintFacts.none();
        long reached = -1;
        for (DomainEventMessage<?> message : streams.read(id)) {
            if (message.getSequenceNumber() > upTo) {
                break;
            }
            if (message.getPayload() instanceof ComplaintEvent event) {
                facts = facts.apply(event);
            }
            reached = message.getSequenceNumber();
        }
        if (reached != upTo || !facts.isFiled()) {
            // never answer from facts known to be unreliable, nor from a partial history
            throw new IllegalStateException(table + ": complaint " + id + " is stored under fold version "
                    + stale.version() + " (not " + FactsJson.VERSION + ") and its events up to sequence " + upTo
                    + " are not in the event store (read up to " + reached + "): rebuild the read model");
        }
        return facts;
    }

    /** A stored row; its JSON is read only when its version says it can be trusted. */
    record Row(String complaintId, String json, long lastSequence, int version) {

        static Row of(ResultSet row) throws SQLException {
            return new Row(row.getString("complaint_id"), row.getString("facts"), row.getLong("last_sequence"),
                    row.getInt("fold_version"));
        }

        boolean isCurrent() {
            return version == FactsJson.VERSION;
        }

        ComplaintFacts facts() {
            return JSON.read(json);
        }
    }

    public void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
