package org.marketplace.complaints.query.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database each test gets: a fresh in-memory H2 one by default, or, with -Dcomplaints.test.database=postgres
 * (the second run of the projection tests in .ci/run), a fresh database on the PostgreSQL server at
 * complaints.test.postgres.url (default the loopback one CI provides), dropped when the test JVM exits. A server
 * that cannot be reached fails the test run: a PostgreSQL run that quietly used H2 would prove nothing.
 */
public final class TestDatabases {

    private static final String ADMIN_URL =
            System.getProperty("complaints.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getProperty("complaints.test.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("complaints.test.postgres.password", "");
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
    }

    private TestDatabases() {
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("complaints.test.database"));
    }

    /** A fresh, empty database's JDBC URL. */
    public static String freshUrl() {
        if (!onPostgres()) {
            return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        String name = "complaints_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("CREATE DATABASE " + name);
        CREATED.add(name);
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    public static String user() {
        return onPostgres() ? USER : "sa";
    }

    public static String password() {
        return onPostgres() ? PASSWORD : "";
    }

    /** A fresh database with the services' migrations applied, for projection tests without Spring. */
    public static DataSource migrated() {
        DataSource dataSource = dataSource(freshUrl());
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .load().migrate();
        return dataSource;
    }

    /** The folder of the vendor's migrations, as Spring's {vendor} names it. */
    public static String vendor() {
        return onPostgres() ? "postgresql" : "h2";
    }

    private static DataSource dataSource(String url) {
        if (onPostgres()) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(USER);
            postgres.setPassword(PASSWORD);
            return postgres;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    private static void execute(String sql) {
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("PostgreSQL at " + ADMIN_URL + " refused '" + sql + "' (is it running? "
                    + ".ci/run starts one): " + unreachable.getMessage(), unreachable);
        }
    }

    private static void dropCreated() {
        for (String name : CREATED) {
            try {
                // FORCE: a Spring context's pool may still hold connections while the JVM goes down
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException ignored) {
                // the server went away first: nothing to clean up on it
            }
        }
    }
}
