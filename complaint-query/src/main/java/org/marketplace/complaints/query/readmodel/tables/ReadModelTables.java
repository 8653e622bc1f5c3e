package org.marketplace.complaints.query.readmodel.tables;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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
            + "frozen_position, started_at, switched_at FROM read_model_tables";
    private static final String PER_BATCH = ReadModelTables.class.getName() + ":";

    private final JdbcTemplate jdbc;

    public ReadModelTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The read model's row; one without a row has only its primary tables. */
    public TableSetState state(String readModel) {
        return jdbc.query(SELECT + " WHERE read_model = ?", ReadModelTables::row, readModel).stream().findFirst()
                .orElseGet(() -> TableSetState.primaryOnly(readModel));
    }

    public boolean isRegistered(String readModel) {
        return !jdbc.query(SELECT + " WHERE read_model = ?", ReadModelTables::row, readModel).isEmpty();
    }

    /**
     * The set an event handler (or a reset handler) writes. Looked up once per batch: a processor's batch is one
     * unit of work, and where events go changes only while the processor is shut down for a rebuild.
     */
    public TableSet building(String readModel) {
        if (!CurrentUnitOfWork.isStarted()) {
            return state(readModel).building();
        }
        return CurrentUnitOfWork.get().root()
                .getOrComputeResource(PER_BATCH + readModel, key -> state(readModel).building());
    }

    public List<TableSetState> rebuilding() {
        return jdbc.query(SELECT + " WHERE rebuilding = TRUE", ReadModelTables::row);
    }

    /** Marks a rebuild as started unless one is on; true when this caller started it. */
    public boolean startRebuild(String readModel, long targetPosition, long frozenPosition, Instant now) {
        return jdbc.update("UPDATE read_model_tables SET rebuilding = TRUE, target_position = ?, frozen_position = ?, "
                        + "started_at = ?, switched_at = NULL WHERE read_model = ? AND rebuilding = FALSE",
                targetPosition, frozenPosition, SqlTime.of(now), readModel) == 1;
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
                row.getObject("frozen_position", Long.class), SqlTime.instant(row, "started_at"),
                SqlTime.instant(row, "switched_at"));
    }
}
