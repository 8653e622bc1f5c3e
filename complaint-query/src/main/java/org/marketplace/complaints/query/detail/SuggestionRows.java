package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.StaffIds;
import org.marketplace.complaints.api.view.WithdrawalSuggestionStatus;
import org.marketplace.complaints.api.view.WithdrawalSuggestionView;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.Supplier;

/**
 * complaint_withdrawal_suggestions: every suggestion the platform made that the buyer withdraw, and the answer.
 * One is open at a time, so an answer closes the open one.
 */
class SuggestionRows {

    static final String TABLE = "complaint_withdrawal_suggestions";

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    SuggestionRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event, long sequence) {
        String id = event.complaintId().value();
        if (event instanceof WithdrawalSuggested e) {
            writes.update(id, "INSERT INTO " + table + " (complaint_id, sequence, rationale, suggested_at, status, "
                    + "suggested_by) VALUES (?, ?, ?, ?, ?, ?)", id, sequence, e.rationale(),
                    SqlTime.of(e.suggestedAt()), WithdrawalSuggestionStatus.OPEN.name(), e.suggestedBy().value());
        } else if (event instanceof WithdrawalSuggestionDeclined e) {
            close(id, WithdrawalSuggestionStatus.DECLINED, e.note());
        } else if (event instanceof ComplaintWithdrawn e) {
            // the buyer followed it, or withdrew for another reason, which leaves it unanswered
            close(id, e.reason() == WithdrawalReason.PLATFORM_SUGGESTED ? WithdrawalSuggestionStatus.ACCEPTED
                    : WithdrawalSuggestionStatus.LAPSED, null);
        } else if (event instanceof ComplaintRuled) {
            close(id, WithdrawalSuggestionStatus.LAPSED, null);
        }
    }

    private void close(String complaintId, WithdrawalSuggestionStatus status, String declineNote) {
        writes.update(complaintId,
                "UPDATE " + table + " SET status = ?, decline_note = ? WHERE complaint_id = ? AND status = ?",
                status.name(), declineNote, complaintId, WithdrawalSuggestionStatus.OPEN.name());
    }

    Supplier<List<WithdrawalSuggestionView>> of(Reads reads, ComplaintId complaintId, Actor viewer) {
        return reads.query("SELECT rationale, suggested_at, status, decline_note, suggested_by FROM " + table
                        + " WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new WithdrawalSuggestionView(row.getString("rationale"),
                        SqlTime.instant(row, "suggested_at"),
                        WithdrawalSuggestionStatus.valueOf(row.getString("status")), row.getString("decline_note"),
                        StaffIds.shownTo(viewer, WithdrawalRequestRows.arbitrator(row.getString("suggested_by")))),
                complaintId.value());
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
