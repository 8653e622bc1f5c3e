package org.marketplace.complaints.query.freshness;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A read model of one table, for testing the processors' plumbing without the real read models: each probe
 * event becomes a row. A label in {@link #failing} makes the handler fail after writing its row; one held
 * ({@link #hold}) keeps its handler, with its row written and not committed, until the test releases it. Each label's
 * attempts are counted, so that a test waits for a try or a retry rather than for time.
 */
@ProcessingGroup(ProbeProjection.GROUP)
class ProbeProjection {

    static final String GROUP = "freshness-probe";

    final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;

    ProbeProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS probe_rows (label VARCHAR(100) PRIMARY KEY)");
    }

    @EventHandler
    void on(ProbeEvent event) throws InterruptedException {
        attempts.computeIfAbsent(event.label(), label -> new AtomicInteger()).incrementAndGet();
        jdbc.update("INSERT INTO probe_rows (label) VALUES (?)", event.label());
        Hold hold = holds.get(event.label());
        if (hold != null) {
            hold.entered.countDown();
            // bounded only so that a test that forgot to release cannot stall the processor for good
            hold.released.await(1, TimeUnit.MINUTES);
        }
        if (failing.contains(event.label())) {
            throw new IllegalStateException("the probe read model fails on " + event.label());
        }
    }

    boolean hasRow(String label) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM probe_rows WHERE label = ?", Integer.class, label) == 1;
    }

    /** How often the handler has been called for {@code label}: a retry is a second call. */
    int attempts(String label) {
        AtomicInteger count = attempts.get(label);
        return count == null ? 0 : count.get();
    }

    /** Holds the handler of the event labelled {@code label} once it has written its row, until released. */
    Hold hold(String label) {
        Hold hold = new Hold();
        holds.put(label, hold);
        return hold;
    }

    static final class Hold implements AutoCloseable {

        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** The handler has the event: its row is written, its batch not committed. */
        boolean isHolding() {
            return entered.getCount() == 0 && released.getCount() == 1;
        }

        void release() {
            released.countDown();
        }

        @Override
        public void close() {
            release();
        }
    }

    record ProbeEvent(String label) {
    }
}
