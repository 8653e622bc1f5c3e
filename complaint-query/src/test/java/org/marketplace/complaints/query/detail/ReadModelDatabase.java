package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.testdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh database with the service's own migrations, for projection tests without Spring. */
public final class ReadModelDatabase {

    private ReadModelDatabase() {
    }

    public static JdbcTemplate migrated() {
        return new JdbcTemplate(TestDatabases.migrated());
    }
}
