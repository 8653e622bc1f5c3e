package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.SqlTime;
import java.util.List;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.view.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/** complaint_timeline: one row per event of a complaint, keyed by its sequence number. */
class TimelineRows {

    static final String TABLE = "complaint_timeline";

    private final JdbcTemplate jdbc;
    private final String table;

    /** {@code table}: {@link #TABLE} in one of the two table sets. */
    TimelineRows(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    void append(ComplaintEvent event, long sequence, String actor) {
        jdbc.update("INSERT INTO " + table + " (complaint_id, sequence, at, type, actor, summary) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", event.complaintId().value(), sequence,
                SqlTime.of(event.occurredAt()), event.getClass().getSimpleName(), actor, TimelineSentences.of(event));
    }

    List<TimelineEntry> of(ComplaintId complaintId) {
        return jdbc.query("SELECT sequence, at, type, actor, summary FROM " + table
                        + " WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new TimelineEntry(row.getLong("sequence"), SqlTime.instant(row, "at"),
                        row.getString("type"), row.getString("actor"), row.getString("summary")),
                complaintId.value());
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
