package org.marketplace.complaints.query.ops.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row of every table of a read model in one table set, each row as its column values, rows sorted. */
final class ReadModelSnapshot {

    static final Map<String, List<String>> TABLES = Map.of(
            "my-complaints", List.of("my_complaints"),
            "shop-complaints", List.of("shop_complaints"),
            "arbitration-queue", List.of("arbitration_queue_facts", "arbitration_queue"),
            "complaint-detail",
            List.of("complaint_detail", "complaint_case", "complaint_timeline", "complaint_evidence", "complaint_offers",
                    "complaint_withdrawal_requests", "complaint_evidence_requests", "complaint_withdrawal_suggestions",
                    "complaint_interventions", "complaint_reconsiderations"));

    private ReadModelSnapshot() {
    }

    /** Table (without its set's suffix) → its rows. */
    static Map<String, List<String>> of(JdbcTemplate jdbc, String readModel, TableSet set) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (String table : TABLES.get(readModel)) {
            tables.put(table, jdbc.query("SELECT * FROM " + set.table(table), ReadModelSnapshot::row)
                    .stream().sorted().toList());
        }
        return tables;
    }

    /** Every value as text: CLOBs, timestamps and numbers alike compare by what is stored. */
    private static String row(ResultSet row, int n) throws SQLException {
        int columns = row.getMetaData().getColumnCount();
        return IntStream.rangeClosed(1, columns).mapToObj(column -> {
            try {
                return row.getMetaData().getColumnName(column) + "=" + row.getString(column);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining(" | "));
    }
}
