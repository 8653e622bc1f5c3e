package org.marketplace.complaints.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.platform.web.DatabaseUnavailable;

/**
 * A real Hikari pool's timeouts, told apart as DatabaseUnavailable tells them: every connection in use (busy) or no
 * connection to be had (unreachable). Both answer 503 DATABASE_UNAVAILABLE; the detail and the log line differ.
 */
class PoolTimeoutTest {

    @Test
    void everyConnectionInUse_isBusy() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
             Connection held = pool.getConnection()) {
            Throwable timedOut = catchThrowable(pool::getConnection);

            assertThat(DatabaseUnavailable.explains(timedOut)).isTrue();
            assertThat(DatabaseUnavailable.busy(timedOut)).isTrue();
        }
    }

    @Test
    void aDatabaseThatRefusesConnections_isNotBusy() {
        // nothing listens on port 1: every attempt to connect is refused
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:1/complaints")) {
            Throwable timedOut = catchThrowable(pool::getConnection);

            assertThat(DatabaseUnavailable.explains(timedOut)).isTrue();
            assertThat(DatabaseUnavailable.busy(timedOut)).isFalse();
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        // start without a connection, as a service does whose database is down at startup
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
