package org.marketplace.complaints.query.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.marketplace.complaints.platform.migration.RetryingMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
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

    /**
     * The race made certain. On H2, which commits each DDL statement as it runs, two services meeting an empty
     * database could both run the first migration; the failure of one stayed recorded, and every later start refused
     * the database ("Detected failed migration to version 1"). Here the first service, its first migration run but
     * not yet recorded, stays there until the other has begun the same migration or waits for the lock that keeps
     * migrations of one H2 file apart (platform.migration.H2FileLock). Only the second may happen: without that
     * lock the other service neither waits for it nor may begin, and the first gives up after 30 s.
     */
    @Test
    void twoServicesOnOneFreshH2File_takeTurnsAtTheFirstMigration_ratherThanRacingThrough() {
        assumeFalse(TestDatabases.onPostgres(), "PostgreSQL's DDL is transactional: a raced migration leaves nothing");
        String url = "jdbc:h2:file:" + dataDir.resolve("complaints") + ";AUTO_SERVER=TRUE";
        CountDownLatch go = new CountDownLatch(1);
        Set<Thread> migratingThreads = ConcurrentHashMap.newKeySet();
        AtomicInteger begun = new AtomicInteger();
        Callback firstMigration = new FirstMigration(begun, new AtomicBoolean(), () -> await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> begun.get() == 2
                        || migratingThreads.stream().anyMatch(ConcurrentMigrationTest::waitingForTheMigrationLock)));
        List<CompletableFuture<MigrateResult>> services = List.of(
                migrating(url, go, migratingThreads, firstMigration), migrating(url, go, migratingThreads, firstMigration));

        go.countDown();

        assertThat(services.stream().map(CompletableFuture::join)).allSatisfy(result -> assertThat(result.success).isTrue());
        assertThat(begun).hasValue(1);
    }

    private static boolean waitingForTheMigrationLock(Thread thread) {
        return thread.getState() == Thread.State.BLOCKED && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().endsWith(".H2FileLock"));
    }

    private static CompletableFuture<MigrateResult> migrating(String url, CountDownLatch go) {
        return migrating(url, go, ConcurrentHashMap.newKeySet());
    }

    private static CompletableFuture<MigrateResult> migrating(String url, CountDownLatch go, Set<Thread> threads,
                                                              Callback... callbacks) {
        return CompletableFuture.supplyAsync(() -> {
            threads.add(Thread.currentThread());
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            // as the services migrate on start (platform.migration)
            return RetryingMigration.migrated(Flyway.configure()
                    .dataSource(url, TestDatabases.user(), TestDatabases.password())
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + TestDatabases.vendor())
                    .callbacks(callbacks)
                    .load());
        }, task -> new Thread(task, "migrating-service").start());
    }

    /** Counts the services that begin the first migration, and holds the first to have run it in {@code hold}. */
    private record FirstMigration(AtomicInteger begun, AtomicBoolean held, Runnable hold) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return (event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE)
                    && context.getMigrationInfo() != null && "1".equals(context.getMigrationInfo().getVersion().getVersion());
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (event == Event.BEFORE_EACH_MIGRATE) {
                begun.incrementAndGet();
            } else if (held.compareAndSet(false, true)) {
                hold.run();
            }
        }

        @Override
        public String getCallbackName() {
            return "first-migration";
        }
    }
}
