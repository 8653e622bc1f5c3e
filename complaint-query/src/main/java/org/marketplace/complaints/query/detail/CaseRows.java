package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.event.RulingRevised;
import org.marketplace.complaints.api.event.SellerResponded;
import org.marketplace.complaints.api.view.RulingView;
import org.marketplace.complaints.api.view.SellerResponseView;
import org.marketplace.complaints.api.view.StaffIds;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * complaint_case: what a complaint has once: its description as filed, the seller's answer and the ruling in force.
 * A revision on reconsideration replaces the ruling's columns (the original stays in the timeline and the audit).
 */
class CaseRows {

    static final String TABLE = "complaint_case";

    /** The case part of a complaint's detail, for one viewer. */
    record Case(String description, SellerResponseView sellerResponse, RulingView ruling) {
    }

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    CaseRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event) {
        String id = event.complaintId().value();
        if (event instanceof ComplaintFiled e) {
            writes.update(id,
                    "INSERT INTO " + table + " (complaint_id, description) VALUES (?, ?)", id, e.description());
        } else if (event instanceof SellerResponded e) {
            writes.update(id,
                    "UPDATE " + table + " SET seller_position = ?, seller_statement = ?, seller_responded_at = ? "
                    + "WHERE complaint_id = ?", e.position().name(), e.statement(), SqlTime.of(e.respondedAt()), id);
        } else if (event instanceof ComplaintRuled e) {
            rule(id, e.outcome(), e.remedy(), e.rationale(), e.ruledAt(), e.arbitratorId(), e.reconsiderationDueBy(),
                    false);
        } else if (event instanceof RulingRevised e) {
            // a revision is not reconsidered again: it has no window of its own
            rule(id, e.outcome(), e.remedy(), e.rationale(), e.decidedAt(), e.arbitratorId(), null, true);
        }
    }

    private void rule(String id, RulingOutcome outcome, Remedy remedy, String rationale, Instant at,
                      ArbitratorId by, Instant reconsiderationDueBy, boolean revised) {
        writes.update(id, "UPDATE " + table + " SET ruling_outcome = ?, remedy_type = ?, remedy_amount_fen = ?, "
                        + "rationale = ?, ruled_at = ?, ruled_by = ?, reconsideration_due_by = ?, ruling_revised = ? "
                        + "WHERE complaint_id = ?", outcome.name(), remedy.type().name(), remedy.amountFen(), rationale,
                SqlTime.of(at), by.value(), SqlTime.of(reconsiderationDueBy), revised, id);
    }

    /** {@code rulingFinal}: whether the ruling is final at the time of the query (ComplaintRules.isRulingFinal). */
    Supplier<Optional<Case>> of(Reads reads, ComplaintId complaintId, Actor viewer, boolean rulingFinal) {
        Supplier<List<Case>> rows = reads.query("SELECT * FROM " + table + " WHERE complaint_id = ?",
                (row, n) -> new Case(row.getString("description"), response(row), ruling(row, viewer, rulingFinal)),
                complaintId.value());
        return () -> rows.get().stream().findFirst();
    }

    private static SellerResponseView response(ResultSet row) throws SQLException {
        String position = row.getString("seller_position");
        return position == null ? null : new SellerResponseView(SellerPosition.valueOf(position),
                row.getString("seller_statement"), SqlTime.instant(row, "seller_responded_at"));
    }

    // reconsideration_due_by is NULL for a revision and for a ruling recorded before windows existed (V19)
    private static RulingView ruling(ResultSet row, Actor viewer, boolean rulingFinal) throws SQLException {
        String outcome = row.getString("ruling_outcome");
        return outcome == null ? null : new RulingView(RulingOutcome.valueOf(outcome),
                new Remedy(RemedyType.valueOf(row.getString("remedy_type")), row.getObject("remedy_amount_fen", Long.class)),
                row.getString("rationale"), SqlTime.instant(row, "ruled_at"),
                StaffIds.shownTo(viewer, new ArbitratorId(row.getString("ruled_by"))), rulingFinal,
                SqlTime.instant(row, "reconsideration_due_by"), row.getBoolean("ruling_revised"));
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
