package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.event.SellerResponded;
import org.marketplace.complaints.api.view.RulingView;
import org.marketplace.complaints.api.view.SellerResponseView;
import org.marketplace.complaints.api.view.StaffIds;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** complaint_case: what a complaint has once: its description as filed, the seller's answer and the ruling. */
class CaseRows {

    static final String TABLE = "complaint_case";

    /** The case part of a complaint's detail, for one viewer. */
    record Case(String description, SellerResponseView sellerResponse, RulingView ruling) {
    }

    private final JdbcTemplate jdbc;
    private final String table;

    /** {@code table}: {@link #TABLE} in one of the two table sets. */
    CaseRows(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event) {
        String id = event.complaintId().value();
        if (event instanceof ComplaintFiled e) {
            jdbc.update("INSERT INTO " + table + " (complaint_id, description) VALUES (?, ?)", id, e.description());
        } else if (event instanceof SellerResponded e) {
            jdbc.update("UPDATE " + table + " SET seller_position = ?, seller_statement = ?, seller_responded_at = ? "
                    + "WHERE complaint_id = ?", e.position().name(), e.statement(), SqlTime.of(e.respondedAt()), id);
        } else if (event instanceof ComplaintRuled e) {
            jdbc.update("UPDATE " + table + " SET ruling_outcome = ?, remedy_type = ?, remedy_amount_fen = ?, "
                            + "rationale = ?, ruled_at = ?, ruled_by = ? WHERE complaint_id = ?", e.outcome().name(),
                    e.remedy().type().name(), e.remedy().amountFen(), e.rationale(), SqlTime.of(e.ruledAt()),
                    e.arbitratorId().value(), id);
        }
    }

    Optional<Case> of(ComplaintId complaintId, Actor viewer) {
        return jdbc.query("SELECT * FROM " + table + " WHERE complaint_id = ?",
                (row, n) -> new Case(row.getString("description"), response(row), ruling(row, viewer)),
                complaintId.value()).stream().findFirst();
    }

    private static SellerResponseView response(ResultSet row) throws SQLException {
        String position = row.getString("seller_position");
        return position == null ? null : new SellerResponseView(SellerPosition.valueOf(position),
                row.getString("seller_statement"), SqlTime.instant(row, "seller_responded_at"));
    }

    // no reconsideration yet: every ruling is open to none, so it is not final and has no reconsideration due time
    private static RulingView ruling(ResultSet row, Actor viewer) throws SQLException {
        String outcome = row.getString("ruling_outcome");
        return outcome == null ? null : new RulingView(RulingOutcome.valueOf(outcome),
                new Remedy(RemedyType.valueOf(row.getString("remedy_type")), row.getObject("remedy_amount_fen", Long.class)),
                row.getString("rationale"), SqlTime.instant(row, "ruled_at"),
                StaffIds.shownTo(viewer, new ArbitratorId(row.getString("ruled_by"))), false, null);
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
