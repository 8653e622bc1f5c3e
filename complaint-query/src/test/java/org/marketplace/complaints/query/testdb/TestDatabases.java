package org.marketplace.complaints.query.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database each test gets: a fresh in-memory H2 one by default, or, with -Dcomplaints.test.database=postgres
 * (the PostgreSQL run of the projection tests), a fresh database on the PostgreSQL server at
 * complaints.test.postgres.url (default the loopback one CI provides). A server that cannot be reached fails the
 * test run: a PostgreSQL run that quietly used H2 would prove nothing.
 * <p>
 * Migrated databases are copies of one template migrated once per test JVM (CREATE DATABASE … TEMPLATE copies
 * files, far quicker than a hundred migrations). Names carry the JVM's pid, and each run starts by dropping the
 * databases of JVMs that are gone. Not at exit: a shutdown hook runs beside Spring's, which still closes the
 * contexts (releasing token claims) on those databases, and would wait out its pool's timeout on a dropped one.
 */
public final class TestDatabases {

    private static final String ADMIN_URL =
            System.getProperty("complaints.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getProperty("complaints.test.postgres.user", "postgres");
    private static final String PASSWORD = System.getProperty("complaints.test.postgres.password", "");
    private static final String PREFIX = "complaints_test_";
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static String template;

    static {
        if (onPostgres()) {
            dropLeftoversOfDeadRuns();
        }
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
        return urlOf(created(""));
    }

    /** A fresh database with the services' migrations applied: on PostgreSQL a copy of the template. */
    public static String migratedUrl() {
        if (!onPostgres()) {
            String url = freshUrl();
            migrate(dataSource(url));
            return url;
        }
        return urlOf(created(" TEMPLATE " + template()));
    }

    private static synchronized String template() {
        if (template == null) {
            String name = created("");
            migrate(dataSource(urlOf(name)));
            template = name;
        }
        return template;
    }

    private static String created(String clause) {
        String name = PREFIX + PID + "_" + NEXT.incrementAndGet();
        execute("CREATE DATABASE " + name + clause);
        return name;
    }

    private static String urlOf(String database) {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
    }

    public static String user() {
        return onPostgres() ? USER : "sa";
    }

    public static String password() {
        return onPostgres() ? PASSWORD : "";
    }

    /** A fresh database with the services' migrations applied, for projection tests without Spring. */
    public static DataSource migrated() {
        return dataSource(migratedUrl());
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .load().migrate();
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

    private static void dropLeftoversOfDeadRuns() {
        List<String> names = new ArrayList<>();
        try (Connection admin = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
             Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '"
                     + PREFIX + "%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException unreachable) {
            return; // the first CREATE DATABASE will say what is wrong
        }
        names.stream().filter(name -> !ownedByALiveProcess(name)).forEach(TestDatabases::drop);
    }

    private static boolean ownedByALiveProcess(String name) {
        String[] parts = name.substring(PREFIX.length()).split("_");
        try {
            return ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return true;
        }
    }

    private static void drop(String name) {
        try {
            // FORCE: a killed JVM's connections may not be gone yet
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (IllegalStateException ignored) {
            // the server went away first: nothing left to clean up on it
        }
    }
}
