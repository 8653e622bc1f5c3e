package org.marketplace.complaints.query.readmodel.tables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marketplace.complaints.query.readmodel.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registry read_model_tables (V11): which table set each read model's queries read and whether a rebuild
 * fills the other. Kept in the database, not in memory, so that every instance and every restart agree; each
 * change is a compare-and-set on the row, so two instances never both start a rebuild or both switch.
 */
@Component
public class ReadModelTables {

    private static final String SELECT = "SELECT read_model, active_set, rebuilding, target_position, "
            + "started_at, switched_at FROM read_model_tables";

    private final JdbcTemplate jdbc;

    public ReadModelTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The read model's row; one without a row has only its primary tables. */
    public TableSetState state(String readModel) {
        return registered(readModel).orElseGet(() -> TableSetState.primaryOnly(readModel));
    }

    /** The read model's row; empty for a name that is not a read model's. */
    public Optional<TableSetState> registered(String readModel) {
        return jdbc.query(SELECT + " WHERE read_model = ?", ReadModelTables::row, readModel).stream().findFirst();
    }

    public List<TableSetState> all() {
        return jdbc.query(SELECT, ReadModelTables::row);
    }

    public List<TableSetState> rebuilding() {
        return jdbc.query(SELECT + " WHERE rebuilding = TRUE", ReadModelTables::row);
    }

    /** Marks a rebuild of the set {@code state} does not serve as started, unless anything changed; true when it did. */
    public boolean startRebuild(TableSetState state, long targetPosition, Instant now) {
        return jdbc.update("UPDATE read_model_tables SET rebuilding = TRUE, target_position = ?, started_at = ?, "
                        + "switched_at = NULL WHERE read_model = ? AND rebuilding = FALSE AND active_set = ?",
                targetPosition, SqlTime.of(now), state.readModel(), state.active().name()) == 1;
    }

    /** Queries read the rebuilt set from now on: one statement on one row, so the switch is atomic. */
    public boolean switchOver(TableSetState rebuild, Instant now) {
        return jdbc.update("UPDATE read_model_tables SET active_set = ?, rebuilding = FALSE, switched_at = ? "
                        + "WHERE read_model = ? AND rebuilding = TRUE AND active_set = ?",
                rebuild.building().name(), SqlTime.of(now), rebuild.readModel(), rebuild.active().name()) == 1;
    }

    private static TableSetState row(ResultSet row, int n) throws SQLException {
        return new TableSetState(row.getString("read_model"), TableSet.valueOf(row.getString("active_set")),
                row.getBoolean("rebuilding"), row.getObject("target_position", Long.class),
                SqlTime.instant(row, "started_at"),
                SqlTime.instant(row, "switched_at"));
    }
}
