package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.EvidenceRequestId;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.EvidenceRequestStatus;
import org.marketplace.complaints.api.view.EvidenceRequestView;
import org.marketplace.complaints.api.view.StaffIds;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.Supplier;

/** complaint_evidence_requests: every request for evidence an arbitrator made, and how it ended. */
class EvidenceRequestRows {

    static final String TABLE = "complaint_evidence_requests";

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    EvidenceRequestRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event, long sequence) {
        String id = event.complaintId().value();
        if (event instanceof EvidenceRequested e) {
            writes.update(id,
                    "INSERT INTO " + table + " (complaint_id, request_id, sequence, from_party, note, due_by, "
                            + "requested_at, status, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
                    e.evidenceRequestId().value(), sequence, e.from().name(), e.note(), SqlTime.of(e.dueBy()),
                    SqlTime.of(e.requestedAt()), EvidenceRequestStatus.OPEN.name(), e.requestedBy().value());
        } else if (event instanceof EvidenceRequestFulfilled e) {
            close(id, e.evidenceRequestId(), EvidenceRequestStatus.FULFILLED);
        } else if (event instanceof EvidenceRequestExpired e) {
            close(id, e.evidenceRequestId(), EvidenceRequestStatus.EXPIRED);
        } else if (event instanceof ComplaintWithdrawn || event instanceof ComplaintRuled) {
            // a closed complaint leaves no request open (the facts drop it too)
            writes.update(id, "UPDATE " + table + " SET status = ? WHERE complaint_id = ? AND status = ?",
                    EvidenceRequestStatus.LAPSED.name(), id, EvidenceRequestStatus.OPEN.name());
        }
    }

    private void close(String complaintId, EvidenceRequestId requestId, EvidenceRequestStatus status) {
        writes.update(complaintId, "UPDATE " + table + " SET status = ? WHERE complaint_id = ? AND request_id = ?",
                status.name(), complaintId, requestId.value());
    }

    Supplier<List<EvidenceRequestView>> of(Reads reads, ComplaintId complaintId, Actor viewer) {
        return reads.query("SELECT request_id, from_party, note, due_by, requested_at, status, requested_by FROM "
                        + table + " WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new EvidenceRequestView(new EvidenceRequestId(row.getString("request_id")),
                        EvidenceParty.valueOf(row.getString("from_party")), row.getString("note"),
                        SqlTime.instant(row, "due_by"), SqlTime.instant(row, "requested_at"),
                        EvidenceRequestStatus.valueOf(row.getString("status")),
                        StaffIds.shownTo(viewer, WithdrawalRequestRows.arbitrator(row.getString("requested_by")))),
                complaintId.value());
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
