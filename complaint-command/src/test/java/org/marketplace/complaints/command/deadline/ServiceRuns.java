package org.marketplace.complaints.command.deadline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.marketplace.complaints.command.CommandServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real starts of the command service on one database that outlives them: an H2 file in a temporary directory, or,
 * with -Dcomplaints.test.database=postgres, a fresh database on the PostgreSQL server at
 * complaints.test.postgres.url (the loopback one by default), dropped by {@link #dropDatabase()}.
 */
final class ServiceRuns {

    private static final String SERVER = System.getProperty("complaints.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = System.getProperty("complaints.test.postgres.user", "postgres");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Path dataDir;
    private final String database;

    ServiceRuns(Path dataDir) {
        this.dataDir = dataDir;
        this.database = onPostgres() ? created() : null;
    }

    /**
     * {@code pollingInterval}: how often the run looks for due deadlines (once at its start, then at this pace);
     * {@code extra}: more command-line arguments, which (unlike builder properties) override application.properties.
     */
    ConfigurableApplicationContext start(String pollingInterval, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--complaints.data-dir=" + dataDir,
                "--db-scheduler.immediate-execution-enabled=false", "--db-scheduler.polling-interval=" + pollingInterval,
                // a test files a few dozen complaints as buyer-1 within seconds: far above any limit
                "--complaints.rate-limits.filings-per-hour=1000000", "--complaints.rate-limits.commands-per-minute=1000000"));
        if (database != null) {
            args.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + SERVER + database,
                    "--spring.datasource.username=" + USER, "--complaints.security.demo-accounts=true",
                    // the profile has no demo integrity key: one of the tests' own, as production configures one
                    "--complaints.integrity.active-key=pgtest",
                    "--complaints.integrity.keys.pgtest=cGctdGVzdHMtaW50ZWdyaXR5LWtleS1ub3Qtc2VjcmV0ISE="));
        }
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(args.toArray(String[]::new));
    }

    void dropDatabase() throws SQLException {
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static boolean onPostgres() {
        return "postgres".equals(System.getProperty("complaints.test.database"));
    }

    private static String created() {
        String name = "complaints_deadline_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try {
            admin("DROP DATABASE IF EXISTS " + name);
            admin("CREATE DATABASE " + name);
        } catch (SQLException e) {
            // a PostgreSQL run that quietly fell back to H2 would prove nothing
            throw new IllegalStateException("no PostgreSQL server at " + SERVER, e);
        }
        return name;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            connection.createStatement().execute(sql);
        }
    }
}
