package org.marketplace.complaints.command.arrivals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.marketplace.complaints.platform.arrivals.EventArrivals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sends the PostgreSQL notification that new events are in the store (EventArrivals), from a thread of its
 * own and outside the commands' transactions. Not from the appending transaction (a trigger, or NOTIFY in it):
 * PostgreSQL serialises the commits of every transaction that notifies, which would cost the command side its
 * group commits under load. Commits that come while one notification is on its way are told by the next one,
 * and notifications are at least {@link #MIN_GAP_NANOS} apart: under load the query service reads the store
 * continuously anyway, and a notification per command would only add work to the database.
 * A failed notification is not retried: the query service's poll finds the events a little later.
 */
final class ArrivalNotifier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArrivalNotifier.class);
    private static final long MIN_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final String NOTIFY = "SELECT pg_notify('" + EventArrivals.CHANNEL + "', '')";

    private final JdbcTemplate jdbc;
    private final boolean active;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean running;
    private volatile Thread thread;

    /** {@code active}: false where nobody listens (H2) or notifications are turned off; then it does nothing. */
    ArrivalNotifier(JdbcTemplate jdbc, boolean active) {
        this.jdbc = jdbc;
        this.active = active;
    }

    /** Events were committed: the query service is told soon. Never blocks the caller. */
    void appended() {
        if (!active) {
            return;
        }
        pending.set(true);
        Thread notifier = thread;
        if (notifier != null) {
            LockSupport.unpark(notifier);
        }
    }

    private void run() {
        long last = System.nanoTime() - MIN_GAP_NANOS;
        while (running) {
            if (!pending.getAndSet(false)) {
                LockSupport.park(this);
                continue;
            }
            long wait = last + MIN_GAP_NANOS - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
            }
            last = System.nanoTime();
            try {
                jdbc.execute(NOTIFY);
            } catch (DataAccessException failed) {
                log.debug("could not notify the query service of new events; its poll will find them", failed);
            }
        }
    }

    @Override
    public void start() {
        if (!active) {
            return;
        }
        running = true;
        Thread notifier = new Thread(this::run, "event-arrival-notifier");
        notifier.setDaemon(true);
        thread = notifier;
        notifier.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread notifier = thread;
        if (notifier != null) {
            LockSupport.unpark(notifier);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
