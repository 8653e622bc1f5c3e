package org.marketplace.complaints.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for one run (e2e_ and a random suffix), created through the server's admin database
 * and dropped at the end with WITH (FORCE), so that a service that did not let go (a killed one's server backend)
 * cannot leave it behind. The server: e2e.postgres.url (default the local one's postgres database) as
 * e2e.postgres.user (default postgres), no password (trust). Unreachable is a failure, never a skipped test:
 * a run that asked for PostgreSQL and silently tested nothing would look green.
 */
public final class PostgresDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String name;
    private final String url;

    private PostgresDatabase(String adminUrl, String user, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
        this.url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    public static PostgresDatabase createFresh() {
        String adminUrl = System.getProperty("e2e.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getProperty("e2e.postgres.user", "postgres");
        String name = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        PostgresDatabase database = new PostgresDatabase(adminUrl, user, name);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("e2e.database=postgres, but PostgreSQL at " + adminUrl + " (user " + user
                    + ") could not create a database [" + unreachable.getMessage() + "]: start PostgreSQL, or point"
                    + " -De2e.postgres.url and -De2e.postgres.user at one", unreachable);
        }
        return database;
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    /**
     * What a service needs to run on this database: the postgres profile, with the demo accounts the tests log in
     * as, and the hash chain's key, which the profile requires and every command and query service must share
     * (as production configures it: an id and a base64 secret in the environment). Idle, a service keeps 2 connections instead of Hikari's default of its whole pool (10): a scale-out test
     * runs 3 services, and the server's 100 connections are shared with whatever else runs on this machine.
     */
    public Map<String, String> serviceEnvironment() {
        return Map.of("SPRING_PROFILES_ACTIVE", "postgres", "SPRING_DATASOURCE_URL", url,
                "SPRING_DATASOURCE_USERNAME", user, "SPRING_DATASOURCE_PASSWORD", "",
                "COMPLAINTS_SECURITY_DEMOACCOUNTS", "true", "SPRING_DATASOURCE_HIKARI_MINIMUMIDLE", "2",
                "COMPLAINTS_INTEGRITY_ACTIVEKEY", "e2e",
                "COMPLAINTS_INTEGRITY_KEYS_E2E", "ZTJlLXRlc3RzLWludGVncml0eS1rZXktbm90LXNlY3JldCEh");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** One number from a query, e.g. a count. */
    public long number(String sql, Object... arguments) {
        List<List<Object>> rows = rows(sql, arguments);
        if (rows.isEmpty() || rows.get(0).get(0) == null) {
            return 0;
        }
        return ((Number) rows.get(0).get(0)).longValue();
    }

    public List<List<Object>> rows(String sql, Object... arguments) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getObject(column));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed on " + name, failure);
        }
    }

    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed on " + name, failure);
        }
    }

    /**
     * What the services see of a database server restart: every connection to this database ended by the server
     * (as PostgreSQL's shutdown does, admin_shutdown), new ones taken again at once.
     */
    public void terminateConnections() {
        admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }

    /** The database gone for the services: every connection ended, and no new one accepted until reopened. */
    public void refuseConnections() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
        terminateConnections();
    }

    public void acceptConnections() {
        admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
    }

    private void admin(String sql) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed on the server of " + name, failure);
        }
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public String toString() {
        return url;
    }
}
