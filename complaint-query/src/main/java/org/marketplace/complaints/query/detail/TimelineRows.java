package org.marketplace.complaints.query.detail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.view.StaffIds;
import org.marketplace.complaints.api.view.TimelineActor;
import org.marketplace.complaints.api.view.TimelineEntry;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * complaint_timeline: one row per event of a complaint, keyed by its sequence number. The actor and the data are
 * stored whole; what the viewer may not see of them (staff ids, for the parties) is left out when asked.
 */
class TimelineRows {

    static final String TABLE = "complaint_timeline";
    // TimelineData holds JSON-plain values only: no modules, and the stored text does not follow the HTTP mapper
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> DATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    TimelineRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    /** {@code actor}: who acted, as the command side recorded it (ROLE:id, or SYSTEM:deadline). */
    void append(ComplaintEvent event, long sequence, String actor) {
        writes.update(event.complaintId().value(),
                "INSERT INTO " + table + " (complaint_id, sequence, at, type, actor, data, summary) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", event.complaintId().value(), sequence,
                SqlTime.of(event.occurredAt()), event.getClass().getSimpleName(), actor,
                write(TimelineData.of(event)), TimelineSentences.of(event));
    }

    Supplier<List<TimelineEntry>> of(Reads reads, ComplaintId complaintId, Actor viewer) {
        return reads.query("SELECT sequence, at, type, actor, data, summary FROM " + table
                        + " WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new TimelineEntry(row.getLong("sequence"), SqlTime.instant(row, "at"),
                        row.getString("type"), TimelineActor.of(row.getString("actor"), viewer),
                        shown(read(row.getString("data")), viewer), row.getString("summary")),
                complaintId.value());
    }

    private static Map<String, Object> shown(Map<String, Object> data, Actor viewer) {
        if (!StaffIds.shownTo(viewer)) {
            data.keySet().removeAll(TimelineData.STAFF_IDS);
        }
        return data;
    }

    private static String write(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("timeline data could not be written as JSON", e);
        }
    }

    /** A row written before the timeline had data (V16, until its rebuild is switched in) reads as no facts. */
    private static Map<String, Object> read(String json) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(json, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored timeline row's data is not readable JSON", e);
        }
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
