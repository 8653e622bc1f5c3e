package org.marketplace.complaints.platform.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps two processes from migrating one H2 file database at once. Two services meeting an empty database were seen
 * to both run the first migration, although Flyway locks its history table: one failed halfway and, H2 committing
 * each DDL statement as it runs, Flyway recorded the failure, which every later attempt then refused ("Detected
 * failed migration to version 1"). A lock taken before Flyway starts, on a file beside the database, keeps the two
 * apart for every process that opens the database by its path (run.sh's two services). PostgreSQL needs none: its
 * DDL is transactional, a loser's attempt leaves nothing behind, and RetryingMigration tries again. A file lock belongs to the whole JVM, so the threads of one JVM (two services in one test) also take
 * a lock per file in memory first.
 */
final class H2FileLock {

    private static final String H2 = "jdbc:h2:";
    private static final Map<Path, Object> IN_THIS_JVM = new ConcurrentHashMap<>();

    private H2FileLock() {
    }

    /** The lock file of the H2 file database {@code jdbcUrl} names; empty for any other database. */
    static Optional<Path> lockFileOf(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(H2)) {
            return Optional.empty();
        }
        String database = jdbcUrl.substring(H2.length()).split(";", 2)[0];
        if (database.startsWith("file:")) {
            database = database.substring("file:".length());
        } else if (!database.matches("^[~./].*")) {
            // mem:, tcp:, ssl: and H2's own file systems (zip:, nio:, …): no file of this machine to lock beside
            return Optional.empty();
        }
        if (database.startsWith("~")) {
            database = System.getProperty("user.home") + database.substring(1);
        }
        return Optional.of(Path.of(database + ".migration.lock").toAbsolutePath().normalize());
    }

    /** Runs {@code work} holding the lock on {@code lockFile}, waiting for any other holder to let go first. */
    static <T> T holding(Path lockFile, Supplier<T> work) {
        synchronized (IN_THIS_JVM.computeIfAbsent(lockFile, file -> new Object())) {
            try {
                // H2 makes the database's directory when it first opens it; the lock comes before that
                Files.createDirectories(lockFile.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("could not make the directory of " + lockFile, e);
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.get();
            } catch (IOException e) {
                throw new UncheckedIOException("could not lock " + lockFile + " to migrate the database", e);
            }
        }
    }
}
