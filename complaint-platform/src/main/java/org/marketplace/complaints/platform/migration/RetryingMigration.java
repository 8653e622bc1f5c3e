package org.marketplace.complaints.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;

/**
 * Both services migrate the one database when they start, and run.sh starts them together. Flyway's lock keeps
 * two migrations apart once its history table exists, but two services meeting an empty database can both run
 * the first migration and race to record it, and the loser fails. So a failed migration is tried again after a
 * short pause, a few times: the next attempt finds the history the other service wrote and takes Flyway's lock
 * like any later start. On an H2 file database that is not enough (H2FileLock says why), so there the attempts
 * are made holding a lock on a file beside the database. A migration that fails for a reason of its own fails
 * every attempt, and the last failure is what the service reports.
 */
public final class RetryingMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(RetryingMigration.class);
    private static final int ATTEMPTS = 5;
    private static final Duration PAUSE = Duration.ofMillis(500);

    @Override
    public void migrate(Flyway flyway) {
        migrated(flyway);
    }

    /** Migrates, trying again after a failure; the successful attempt's result. */
    public static MigrateResult migrated(Flyway flyway) {
        return H2FileLock.lockFileOf(urlOf(flyway))
                .map(lockFile -> H2FileLock.holding(lockFile, () -> attempts(flyway)))
                .orElseGet(() -> attempts(flyway));
    }

    private static MigrateResult attempts(Flyway flyway) {
        for (int attempt = 1; ; attempt++) {
            try {
                return flyway.migrate();
            } catch (FlywayException failed) {
                if (attempt == ATTEMPTS) {
                    throw failed;
                }
                log.warn("migration attempt {} of {} failed ({}); another instance may be migrating the same "
                        + "database: trying again", attempt, ATTEMPTS, failed.getMessage().lines().findFirst().orElse(""));
                pause();
            }
        }
    }

    private static String urlOf(Flyway flyway) {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException unreachable) {
            // the migration's own first connection reports it
            return null;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to migrate again", interrupted);
        }
    }
}
