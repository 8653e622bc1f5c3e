package org.marketplace.complaints.query.freshness;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model of one table, for testing the processors' plumbing without the real read models: each probe
 * event becomes a row. A label in {@link #failing} makes the handler fail after writing its row; "slow:" ones
 * take a while.
 */
@ProcessingGroup(ProbeProjection.GROUP)
class ProbeProjection {

    static final String GROUP = "freshness-probe";

    final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final JdbcTemplate jdbc;

    ProbeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe_rows (label VARCHAR(100) PRIMARY KEY)");
    }

    @EventHandler
    void on(ProbeEvent event) throws InterruptedException {
        jdbc.update("INSERT INTO probe_rows (label) VALUES (?)", event.label());
        if (event.label().startsWith("slow:")) {
            Thread.sleep(300);
        }
        if (failing.contains(event.label())) {
            throw new IllegalStateException("the probe read model fails on " + event.label());
        }
    }

    boolean hasRow(String label) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM probe_rows WHERE label = ?", Integer.class, label) == 1;
    }

    record ProbeEvent(String label) {
    }
}
