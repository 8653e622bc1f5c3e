package org.marketplace.complaints.platform.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2FileLockTest {

    @Test
    void anH2FileDatabase_isLockedBesideItsFile_whateverItsSettings() {
        assertThat(H2FileLock.lockFileOf("jdbc:h2:file:/srv/data/complaints;AUTO_SERVER=TRUE"))
                .contains(Path.of("/srv/data/complaints.migration.lock"));
        assertThat(H2FileLock.lockFileOf("jdbc:h2:/srv/data/complaints")).contains(Path.of("/srv/data/complaints.migration.lock"));
    }

    @Test
    void aRelativeOrHomePath_isMadeAbsolute() {
        assertThat(H2FileLock.lockFileOf("jdbc:h2:./data/complaints"))
                .contains(Path.of("data/complaints.migration.lock").toAbsolutePath());
        assertThat(H2FileLock.lockFileOf("jdbc:h2:~/complaints"))
                .contains(Path.of(System.getProperty("user.home"), "complaints.migration.lock"));
    }

    @Test
    void databasesWithoutAFileHere_needNoLock() {
        assertThat(H2FileLock.lockFileOf("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(H2FileLock.lockFileOf("jdbc:h2:tcp://db.example/complaints")).isEmpty();
        assertThat(H2FileLock.lockFileOf("jdbc:postgresql://127.0.0.1:5432/complaints")).isEmpty();
        assertThat(H2FileLock.lockFileOf(null)).isEmpty();
    }

    @Test
    void theLock_isTakenBesideADatabaseWhoseDirectoryH2HasNotMadeYet(@TempDir Path dir) {
        Path lockFile = dir.resolve("not-yet/complaints.migration.lock");

        String result = H2FileLock.holding(lockFile, () -> "migrated");

        assertThat(result).isEqualTo("migrated");
        assertThat(lockFile).exists();
    }
}
