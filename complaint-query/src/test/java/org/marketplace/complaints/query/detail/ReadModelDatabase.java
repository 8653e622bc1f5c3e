package org.marketplace.complaints.query.detail;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh in-memory H2 database with the service's own migrations, for projection tests without Spring. */
public final class ReadModelDatabase {

    private ReadModelDatabase() {
    }

    public static JdbcTemplate migrated() {
        JdbcDataSource dataSource = new JdbcDataSource();
        // each test its own database; DB_CLOSE_DELAY keeps it alive between JdbcTemplate's connections
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        return new JdbcTemplate(dataSource);
    }
}
