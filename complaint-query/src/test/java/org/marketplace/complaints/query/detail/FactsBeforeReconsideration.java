package org.marketplace.complaints.query.detail;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.marketplace.complaints.api.ComplaintId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns a complaint's stored rows back into what a release before reconsideration wrote for a ruling: facts JSON
 * without the keys the fold has had since (ComplaintFacts), and, in the detail's case table, no window (V19's column
 * NULL, as an ALTER TABLE leaves the rows it finds).
 */
public final class FactsBeforeReconsideration {

    private static final List<String> NEWER_KEYS = List.of("ruledAt", "reconsiderationDueBy", "reconsideration",
            "reconsiderationUsed", "rulingFinal");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FactsBeforeReconsideration() {
    }

    /** {@code table}: a read model's table of facts (complaint_id, facts), in the set its queries read. */
    public static void restore(JdbcTemplate jdbc, String table, ComplaintId complaint) throws Exception {
        ObjectNode facts = (ObjectNode) JSON.readTree(jdbc.queryForObject("SELECT facts FROM " + table
                + " WHERE complaint_id = ?", String.class, complaint.value()));
        if (facts.path("reconsiderationDueBy").isMissingNode()) {
            throw new IllegalStateException("no window to remove: the ruling was not folded with one");
        }
        facts.remove(NEWER_KEYS);
        jdbc.update("UPDATE " + table + " SET facts = ? WHERE complaint_id = ?", JSON.writeValueAsString(facts),
                complaint.value());
    }

    /** {@code table}: complaint_case in the set the detail's queries read. */
    public static void restoreCase(JdbcTemplate jdbc, String table, ComplaintId complaint) {
        jdbc.update("UPDATE " + table + " SET reconsideration_due_by = NULL WHERE complaint_id = ?", complaint.value());
    }
}
