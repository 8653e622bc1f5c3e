package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.InterventionReason;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.PlatformIntervened;
import org.marketplace.complaints.api.view.InterventionView;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.Supplier;

/** complaint_interventions: each time the platform stepped in, why, and the note of the party who asked. */
class InterventionRows {

    static final String TABLE = "complaint_interventions";

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    InterventionRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event, long sequence) {
        if (event instanceof PlatformIntervened e) {
            writes.update(e.complaintId().value(),
                    "INSERT INTO " + table + " (complaint_id, sequence, reason, intervened_at, note) "
                            + "VALUES (?, ?, ?, ?, ?)", e.complaintId().value(), sequence, e.reason().name(),
                    SqlTime.of(e.intervenedAt()), e.note());
        }
    }

    Supplier<List<InterventionView>> of(Reads reads, ComplaintId complaintId) {
        return reads.query("SELECT reason, intervened_at, note FROM " + table
                        + " WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new InterventionView(InterventionReason.valueOf(row.getString("reason")),
                        SqlTime.instant(row, "intervened_at"), row.getString("note")),
                complaintId.value());
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
