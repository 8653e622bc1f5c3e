package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.ReconsiderationRequested;
import org.marketplace.complaints.api.event.RulingRevised;
import org.marketplace.complaints.api.event.RulingUpheld;
import org.marketplace.complaints.api.view.EvidenceView;
import org.marketplace.complaints.api.view.ReconsiderationDecisionView;
import org.marketplace.complaints.api.view.ReconsiderationView;
import org.marketplace.complaints.api.view.StaffIds;
import org.marketplace.complaints.api.view.TimelineActor;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * complaint_reconsiderations: a party's request that the ruling be reconsidered, and its decision. One row a
 * complaint: a ruling is reconsidered once at most. Its evidence is in complaint_evidence, under its sequence.
 */
class ReconsiderationRows {

    static final String TABLE = "complaint_reconsiderations";
    private static final String UPHELD = "UPHELD";
    private static final String REVISED = "REVISED";

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    ReconsiderationRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event, long sequence) {
        String id = event.complaintId().value();
        if (event instanceof ReconsiderationRequested e) {
            writes.update(id,
                    "INSERT INTO " + table + " (complaint_id, sequence, requested_by, statement, requested_at) "
                    + "VALUES (?, ?, ?, ?, ?)", id, sequence, e.requestedBy().toString(), e.statement(),
                    SqlTime.of(e.requestedAt()));
        } else if (event instanceof RulingUpheld e) {
            writes.update(id, "UPDATE " + table + " SET decision = ?, note = ?, decided_at = ?, decided_by = ? "
                    + "WHERE complaint_id = ?", UPHELD, e.note(), SqlTime.of(e.decidedAt()), e.arbitratorId().value(), id);
        } else if (event instanceof RulingRevised e) {
            writes.update(id,
                    "UPDATE " + table + " SET decision = ?, outcome = ?, remedy_type = ?, remedy_amount_fen = ?, "
                            + "rationale = ?, decided_at = ?, decided_by = ? WHERE complaint_id = ?", REVISED,
                    e.outcome().name(), e.remedy().type().name(), e.remedy().amountFen(), e.rationale(),
                    SqlTime.of(e.decidedAt()), e.arbitratorId().value(), id);
        }
    }

    /**
     * {@code evidence}: the items an event brought, by its sequence (EvidenceRows); {@code assignee}: who has the
     * case now, as the viewer may see it, shown only while the reconsideration waits for its decision.
     */
    Supplier<Optional<ReconsiderationView>> of(Reads reads, ComplaintId complaintId, Actor viewer,
                                               LongFunction<List<EvidenceView>> evidence, ArbitratorId assignee) {
        Supplier<List<ReconsiderationView>> rows = reads.query("SELECT * FROM " + table + " WHERE complaint_id = ?",
                (row, n) -> {
                    ReconsiderationDecisionView decision = decision(row, viewer);
                    return new ReconsiderationView(TimelineActor.of(row.getString("requested_by"), viewer),
                            row.getString("statement"), evidence.apply(row.getLong("sequence")),
                            SqlTime.instant(row, "requested_at"), decision == null ? assignee : null, decision);
                }, complaintId.value());
        return () -> rows.get().stream().findFirst();
    }

    private static ReconsiderationDecisionView decision(ResultSet row, Actor viewer) throws SQLException {
        String decision = row.getString("decision");
        if (decision == null) {
            return null;
        }
        String outcome = row.getString("outcome");
        String remedy = row.getString("remedy_type");
        return new ReconsiderationDecisionView(UPHELD.equals(decision), row.getString("note"),
                outcome == null ? null : RulingOutcome.valueOf(outcome),
                remedy == null ? null : new Remedy(RemedyType.valueOf(remedy), row.getObject("remedy_amount_fen", Long.class)),
                row.getString("rationale"), SqlTime.instant(row, "decided_at"),
                StaffIds.shownTo(viewer, new ArbitratorId(row.getString("decided_by"))));
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
