package org.marketplace.complaints.query.readmodel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The row writes of a projection whose tables are keyed by complaint (the detail's). Inside a processor's batch they
 * are collected and written when the batch commits, in its transaction and so with its token, as JDBC batches: a
 * rebuild's batch of 1,000 events wrote some 1,500 statements one round trip each, and now writes a few dozen
 * batches. Handling an event then touches the database not at all, so it needs no savepoint ({@link #deferred()},
 * SavepointPerEvent); a failed handler's writes are taken back from the batch (HandlerUndo).
 * <p>
 * Order: one complaint's statements run in the order they were made (an offer is inserted before it is answered);
 * different complaints' rows never meet, so the k-th statements of all complaints go together, grouped by statement.
 * <p>
 * A batch whose writes fail at commit (a row in the way, say) fails whole and Axon retries it; for the next
 * {@link #IMMEDIATE_AFTER_FAILURE} this table set writes each statement at once, inside the event's savepoint, so
 * that the event at fault is parked in the dead-letter queue on its own while the others go on, as before.
 */
public final class RowWrites {

    private static final Logger log = LoggerFactory.getLogger(RowWrites.class);
    static final Duration IMMEDIATE_AFTER_FAILURE = Duration.ofMinutes(1);

    private record Statement(String sql, Object[] arguments) {
    }

    /** One batch's statements, per complaint in the order made. */
    private static final class Collected {

        final Map<String, List<Statement>> byComplaint = new LinkedHashMap<>();
    }

    private final JdbcTemplate jdbc;
    private final String name;
    /** Its batch's resource in the unit of work: made once, since a key made per event is hashed anew each time. */
    private final String resourceKey;
    /** System.nanoTime() until which statements are written at once; a monotonic clock, not the read side's. */
    private volatile long immediateUntil = System.nanoTime();

    /** {@code name}: what the writes are of (the table set's facts table), for the resource key and the log. */
    public RowWrites(JdbcTemplate jdbc, String name) {
        this.jdbc = jdbc;
        this.name = name;
        this.resourceKey = RowWrites.class.getName() + "/" + name;
    }

    /** An INSERT, UPDATE or DELETE of rows of {@code complaintId} alone. */
    public void update(String complaintId, String sql, Object... arguments) {
        Optional<Collected> collected = collected();
        if (collected.isEmpty()) {
            jdbc.update(sql, arguments);
            return;
        }
        List<Statement> statements = collected.get().byComplaint.computeIfAbsent(complaintId, id -> new ArrayList<>());
        statements.add(new Statement(sql, arguments));
        HandlerUndo.record(() -> statements.remove(statements.size() - 1));
    }

    /** Whether the running handler's writes wait for the batch's commit (so that it needs no savepoint). */
    public boolean deferred() {
        return collected().isPresent();
    }

    /** The batch's collection; none outside a unit of work, or for a while after a batch's writes failed. */
    private Optional<Collected> collected() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        // decided once per batch: every event of it is written the same way
        Collected collected = unitOfWork.getOrComputeResource(resourceKey, key -> {
            if (System.nanoTime() - immediateUntil < 0) {
                return null;
            }
            Collected fresh = new Collected();
            unitOfWork.onPrepareCommit(committing -> write(fresh));
            return fresh;
        });
        return Optional.ofNullable(collected);
    }

    private void write(Collected collected) {
        try {
            for (int k = 0; ; k++) {
                Map<String, List<Object[]>> wave = new LinkedHashMap<>();
                for (List<Statement> statements : collected.byComplaint.values()) {
                    if (k < statements.size()) {
                        Statement statement = statements.get(k);
                        wave.computeIfAbsent(statement.sql(), sql -> new ArrayList<>()).add(statement.arguments());
                    }
                }
                if (wave.isEmpty()) {
                    return;
                }
                wave.forEach(jdbc::batchUpdate);
            }
        } catch (RuntimeException failure) {
            immediateUntil = System.nanoTime() + IMMEDIATE_AFTER_FAILURE.toNanos();
            log.warn("{}: a batch's writes failed ({}); the batch is retried, and for the next {} each event's rows are "
                    + "written at once, so that an event at fault is dead-lettered alone", name, failure.getMessage(),
                    IMMEDIATE_AFTER_FAILURE);
            throw failure;
        }
    }
}
