package org.marketplace.complaints.query.arrivals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.marketplace.complaints.platform.arrivals.EventArrivals;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on PostgreSQL for the command service's notifications that events were committed (EventArrivals)
 * and tells the event store to read them now. On a connection of its own, outside the pool: it is held for as
 * long as the service runs. When the connection breaks it is opened again after a pause, and the store is told
 * once on reconnecting, for what may have been missed meanwhile; the store's poll covers the pause.
 */
final class PostgresArrivals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresArrivals.class);
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    private final DataSource unpooled;
    private final TellableEventStore store;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    PostgresArrivals(DataSource unpooled, TellableEventStore store) {
        this.unpooled = unpooled;
        this.store = store;
    }

    private void run() {
        boolean warned = false;
        while (running) {
            try (Connection listening = unpooled.getConnection()) {
                connection = listening;
                listen(listening);
                warned = false;
                store.eventsArrived();
                PGConnection notifications = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(WAIT_MILLIS);
                    if (arrived != null && arrived.length > 0) {
                        store.eventsArrived();
                    }
                }
            } catch (SQLException broken) {
                if (running && !warned) {
                    log.warn("not listening for new events ({}); reading them by polling until the database answers",
                            broken.getMessage());
                    warned = true;
                }
                pause();
            }
        }
    }

    private static void listen(Connection listening) throws SQLException {
        listening.setAutoCommit(true);
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + EventArrivals.CHANNEL);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void start() {
        running = true;
        Thread listener = new Thread(this::run, "event-arrival-listener");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
        }
        Connection open = connection;
        if (open != null) {
            try {
                // ends a getNotifications that is waiting
                open.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
