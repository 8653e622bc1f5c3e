package org.marketplace.complaints.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.flywaydb.core.Flyway;
import org.marketplace.complaints.platform.migration.RetryingMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.marketplace.complaints.query.testdb.TestDatabases;

/**
 * run.sh starts both services at once on a fresh database, and both run the same migrations on start: the one
 * that comes second must wait for Flyway's lock and find the schema done, not fail on half-made tables. When the
 * two race for the first migration on an empty database the loser tries again (RetryingMigration), as the
 * services do; either way every migration runs once.
 */
class ConcurrentMigrationTest {

    private static final Path MIGRATIONS = Path.of("../complaint-platform/src/main/resources/db/migration");

    @TempDir
    Path dataDir;

    @RepeatedTest(3)
    void twoServicesMigratingOneFreshDatabaseAtOnce_bothStart_onTheSameSchema() throws Exception {
        // on H2 a file database as run.sh opens it; on PostgreSQL a fresh database, as a first deployment meets it
        String url = TestDatabases.onPostgres() ? TestDatabases.freshUrl()
                : "jdbc:h2:file:" + dataDir.resolve("complaints") + ";AUTO_SERVER=TRUE";
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<MigrateResult>> services = List.of(migrating(url, go), migrating(url, go));

        go.countDown();

        List<MigrateResult> results = services.stream().map(CompletableFuture::join).toList();
        assertThat(results).allSatisfy(result -> assertThat(result.success).isTrue());
        assertThat(results.get(0).migrationsExecuted + results.get(1).migrationsExecuted)
                .isEqualTo(Files.list(MIGRATIONS.resolve("common")).count()
                        + Files.list(MIGRATIONS.resolve(TestDatabases.vendor())).count());
    }

    private static CompletableFuture<MigrateResult> migrating(String url, CountDownLatch go) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            // as the services migrate on start (platform.migration)
            return RetryingMigration.migrated(Flyway.configure()
                    .dataSource(url, TestDatabases.user(), TestDatabases.password())
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + TestDatabases.vendor())
                    .load());
        });
    }
}
