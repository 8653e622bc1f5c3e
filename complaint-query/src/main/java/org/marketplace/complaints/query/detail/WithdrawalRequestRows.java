package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.WithdrawalRequestId;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.StaffIds;
import org.marketplace.complaints.api.view.WithdrawalRequestStatus;
import org.marketplace.complaints.api.view.WithdrawalRequestView;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/** complaint_withdrawal_requests: every withdrawal request the platform reviewed or reviews, and its decision. */
class WithdrawalRequestRows {

    static final String TABLE = "complaint_withdrawal_requests";

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    WithdrawalRequestRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event, long sequence) {
        String id = event.complaintId().value();
        if (event instanceof WithdrawalRequested e) {
            writes.update(id,
                    "INSERT INTO " + table + " (complaint_id, request_id, sequence, reason, exceptional, note, "
                            + "requested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, e.requestId().value(),
                    sequence, e.reason().name(), e.exceptional(), e.note(), SqlTime.of(e.requestedAt()),
                    WithdrawalRequestStatus.PENDING.name());
        } else if (event instanceof WithdrawalRequestApproved e) {
            decide(id, e.requestId(), WithdrawalRequestStatus.APPROVED, e.decidedAt(), e.note(), e.decidedBy());
        } else if (event instanceof WithdrawalRequestRejected e) {
            decide(id, e.requestId(), WithdrawalRequestStatus.REJECTED, e.decidedAt(), e.note(), e.decidedBy());
        }
    }

    private void decide(String complaintId, WithdrawalRequestId requestId, WithdrawalRequestStatus status,
                        Instant at, String note, ArbitratorId by) {
        writes.update(complaintId,
                "UPDATE " + table + " SET status = ?, decided_at = ?, decision_note = ?, decided_by = ? "
                        + "WHERE complaint_id = ? AND request_id = ?", status.name(), SqlTime.of(at), note, by.value(),
                complaintId, requestId.value());
    }

    /**
     * {@code evidence}: the references of the evidence an event brought, by its sequence (EvidenceRows), read
     * before these rows (Reads).
     */
    Supplier<List<WithdrawalRequestView>> of(Reads reads, ComplaintId complaintId, Actor viewer,
                                             LongFunction<List<String>> evidence) {
        return reads.query("SELECT request_id, sequence, reason, exceptional, note, requested_at, status, decided_at, "
                        + "decision_note, decided_by FROM " + table + " WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new WithdrawalRequestView(new WithdrawalRequestId(row.getString("request_id")),
                        WithdrawalReason.valueOf(row.getString("reason")), row.getBoolean("exceptional"),
                        row.getString("note"), evidence.apply(row.getLong("sequence")),
                        SqlTime.instant(row, "requested_at"),
                        WithdrawalRequestStatus.valueOf(row.getString("status")), SqlTime.instant(row, "decided_at"),
                        row.getString("decision_note"), StaffIds.shownTo(viewer, arbitrator(row.getString("decided_by")))),
                complaintId.value());
    }

    static ArbitratorId arbitrator(String stored) {
        return stored == null ? null : new ArbitratorId(stored);
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
