package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.SqlTime;
import java.util.List;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.view.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/** complaint_timeline: one row per event of a complaint, keyed by its sequence number. */
class TimelineRows {

    private final JdbcTemplate jdbc;

    TimelineRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(ComplaintEvent event, long sequence, String actor) {
        jdbc.update("INSERT INTO complaint_timeline (complaint_id, sequence, at, type, actor, summary) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", event.complaintId().value(), sequence,
                SqlTime.of(event.occurredAt()), event.getClass().getSimpleName(), actor, TimelineSentences.of(event));
    }

    List<TimelineEntry> of(ComplaintId complaintId) {
        return jdbc.query("SELECT sequence, at, type, actor, summary FROM complaint_timeline "
                        + "WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new TimelineEntry(row.getLong("sequence"), SqlTime.instant(row, "at"),
                        row.getString("type"), row.getString("actor"), row.getString("summary")),
                complaintId.value());
    }

    void clear() {
        jdbc.update("DELETE FROM complaint_timeline");
    }
}
