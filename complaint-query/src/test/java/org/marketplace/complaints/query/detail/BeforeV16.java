package org.marketplace.complaints.query.detail;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns a database back into one whose complaint detail was built before V16 (the whole case): its tables and
 * columns gone and V16 not applied, the detail's rows and tokens as they were. The reverse of V16's DDL, and of the
 * migrations after it (V17's rate-limit buckets, V18's key id of each hash, V20's fold version of the stored facts,
 * V21's registry without the rebuild's pauses, V22's deadline schedule ids, V23's queue counts, V24's list counts), which such a database did not have either: Flyway refuses a
 * database that lacks V16 but has a later one.
 */
final class BeforeV16 {

    private static final String[] NEW_TABLES = {"complaint_case", "complaint_withdrawal_requests",
            "complaint_evidence_requests", "complaint_withdrawal_suggestions", "complaint_interventions"};

    private BeforeV16() {
    }

    static void restore(JdbcTemplate jdbc) {
        for (String suffix : new String[]{"", "_shadow"}) {
            // V19's reconsideration: its table, and its columns of a V16 table, which goes below
            jdbc.execute("DROP TABLE complaint_reconsiderations" + suffix);
            for (String table : NEW_TABLES) {
                jdbc.execute("DROP TABLE " + table + suffix);
            }
            jdbc.execute("ALTER TABLE complaint_offers" + suffix + " DROP COLUMN decline_note");
            jdbc.execute("ALTER TABLE complaint_offers" + suffix + " DROP COLUMN answered_at");
            jdbc.execute("ALTER TABLE complaint_timeline" + suffix + " DROP COLUMN data");
            for (String facts : new String[]{"my_complaints", "shop_complaints", "arbitration_queue_facts",
                    "complaint_detail"}) {
                jdbc.execute("ALTER TABLE " + facts + suffix + " DROP COLUMN fold_version");
            }
        }
        jdbc.execute("DROP TABLE rate_limit_bucket");
        jdbc.execute("ALTER TABLE event_hash DROP COLUMN key_id");
        jdbc.execute("DROP TABLE complaint_deadline_schedule");
        jdbc.execute("DROP TABLE arbitration_queue_counts");
        jdbc.execute("DROP TABLE arbitration_queue_counts_shadow");
        for (String counts : new String[]{"my_complaints_counts", "shop_complaints_counts"}) {
            jdbc.execute("DROP TABLE " + counts);
            jdbc.execute("DROP TABLE " + counts + "_shadow");
        }
        jdbc.execute("ALTER TABLE read_model_tables ADD COLUMN frozen_position BIGINT");
        jdbc.execute("ALTER TABLE read_model_tables ADD COLUMN rebuild_requested_by VARCHAR(255)");
        jdbc.execute("ALTER TABLE read_model_tables ADD COLUMN rebuild_requested_at TIMESTAMP WITH TIME ZONE");
        // Flyway's own table is quoted lower case on H2 and PostgreSQL alike
        jdbc.update("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('16', '17', '18', '19', '20', '21', '22', '23', '24')");
    }
}
