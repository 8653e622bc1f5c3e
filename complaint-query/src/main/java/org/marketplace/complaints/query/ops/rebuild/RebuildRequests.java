package org.marketplace.complaints.query.ops.rebuild;

import java.time.Instant;
import java.util.List;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds asked for but not started, in the registry row (read_model_tables.rebuild_requested_*, V15): the
 * shared database is how the instances tell one another to let go of a read model's segments. Each change is a
 * compare-and-set on the row, as the registry's own are.
 */
@Component
class RebuildRequests {

    record Request(String readModel, String requestedBy, Instant requestedAt) {
    }

    private final JdbcTemplate jdbc;

    RebuildRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Asks for the rebuild unless one runs or is asked for already (one asked for before {@code abandonedBefore}
     * is one its instance gave up on, by dying: it is taken over); true when this caller asked.
     */
    boolean request(String readModel, String node, Instant now, Instant abandonedBefore) {
        return jdbc.update("UPDATE read_model_tables SET rebuild_requested_by = ?, rebuild_requested_at = ? "
                        + "WHERE read_model = ? AND rebuilding = FALSE "
                        + "AND (rebuild_requested_at IS NULL OR rebuild_requested_at < ?)",
                node, SqlTime.of(now), readModel, SqlTime.of(abandonedBefore)) == 1;
    }

    List<Request> pending() {
        return jdbc.query("SELECT read_model, rebuild_requested_by, rebuild_requested_at FROM read_model_tables "
                        + "WHERE rebuild_requested_at IS NOT NULL",
                (row, n) -> new Request(row.getString("read_model"), row.getString("rebuild_requested_by"),
                        SqlTime.instant(row, "rebuild_requested_at")));
    }

    /** Ends the request: the rebuild started (in its transaction), or could not. Only the requester's. */
    void withdraw(String readModel, String node) {
        jdbc.update("UPDATE read_model_tables SET rebuild_requested_by = NULL, rebuild_requested_at = NULL "
                + "WHERE read_model = ? AND rebuild_requested_by = ?", readModel, node);
    }

    /** Ends a request whose instance died before it ended it; false when it changed meanwhile. */
    boolean abandon(Request request) {
        return jdbc.update("UPDATE read_model_tables SET rebuild_requested_by = NULL, rebuild_requested_at = NULL "
                        + "WHERE read_model = ? AND rebuild_requested_by = ? AND rebuild_requested_at = ?",
                request.readModel(), request.requestedBy(), SqlTime.of(request.requestedAt())) == 1;
    }
}
