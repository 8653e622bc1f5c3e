package org.marketplace.complaints.query.queue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.readmodel.HandlerUndo;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * arbitration_queue_counts (V23): how many entries the queue holds per kind, category and assignee, so that a page's
 * total is a sum over a few hundred rows whatever the queue's length. The projection tells it each complaint's
 * facts before and after an event; the difference in entries is added up in memory for the batch and written when
 * the batch commits, in its transaction and so with its token, as the facts are (readmodel.FoldedFacts).
 * <p>
 * Rows are kept per stripe, the low bits of the complaint id's hash: Axon gives a complaint's events to the segment
 * its hash falls in, so with up to {@link #STRIPES} segments every stripe belongs to one segment, and two segments'
 * batches never write, and so never lock, the same row.
 */
final class QueueCounts {

    static final String TABLE = "arbitration_queue_counts";
    /** A power of two, as Axon's segment counts are: the most segments a processor may have without contention. */
    static final int STRIPES = 16;

    private record Key(int stripe, String kind, String category, String assignee) {

        /** Rows written in one order by every batch, should two batches ever share a stripe (a hand-over). */
        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::stripe).thenComparing(Key::kind)
                .thenComparing(Key::category)
                .thenComparing(Key::assignee, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private final JdbcTemplate jdbc;
    private final String table;

    /** {@code table}: {@link #TABLE} in one of the two table sets. */
    QueueCounts(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** The complaint's entries went from those open in {@code before} to those open in {@code after}. */
    void changed(ComplaintFacts before, ComplaintFacts after) {
        Optional<UnitOfWork<?>> unitOfWork = CurrentUnitOfWork.map(UnitOfWork::root);
        Map<Key, Long> deltas = unitOfWork.map(this::deltasOf).orElseGet(() -> new TreeMap<>(Key.ORDER));
        int stripe = stripeOf(after.complaintId().value());
        QueueEntryKind.openIn(before).forEach(kind -> add(deltas, key(stripe, kind, before), -1));
        QueueEntryKind.openIn(after).forEach(kind -> add(deltas, key(stripe, kind, after), 1));
        if (unitOfWork.isEmpty()) {
            write(deltas);
        }
    }

    /** The number of entries {@code filter} matches (its conditions name the columns this table shares). */
    long total(QueueFilter filter) {
        Long total = jdbc.queryForObject("SELECT SUM(q.entries) FROM " + table + " q" + filter.where(), Long.class,
                filter.argumentsAnd());
        return total == null ? 0 : total;
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }

    static int stripeOf(String complaintId) {
        // as Axon's segments match a sequence identifier: its hash, made non-negative, masked
        return (complaintId.hashCode() & Integer.MAX_VALUE) & (STRIPES - 1);
    }

    private static Key key(int stripe, QueueEntryKind kind, ComplaintFacts facts) {
        return new Key(stripe, kind.name(), facts.category().name(),
                facts.assignee() == null ? null : facts.assignee().value());
    }

    /** Adds to the batch's count, undone with the handler if it fails afterwards (readmodel.HandlerUndo). */
    private static void add(Map<Key, Long> deltas, Key key, long delta) {
        deltas.merge(key, delta, Long::sum);
        HandlerUndo.record(() -> deltas.merge(key, -delta, Long::sum));
    }

    private Map<Key, Long> deltasOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(QueueCounts.class.getName() + "/" + table, name -> {
            Map<Key, Long> deltas = new TreeMap<>(Key.ORDER);
            unitOfWork.onPrepareCommit(committing -> write(deltas));
            return deltas;
        });
    }

    /** Adds each non-zero delta to its row, in one JDBC batch, and inserts the rows that were not there yet. */
    private void write(Map<Key, Long> deltas) {
        List<Key> keys = deltas.entrySet().stream().filter(delta -> delta.getValue() != 0).map(Map.Entry::getKey)
                .toList();
        if (keys.isEmpty()) {
            return;
        }
        int[] updated = jdbc.batchUpdate("UPDATE " + table + " SET entries = entries + ? WHERE stripe = ? AND kind = ? "
                        + "AND category = ? AND assignee IS NOT DISTINCT FROM CAST(? AS VARCHAR(100))",
                keys.stream().map(key -> new Object[]{deltas.get(key), key.stripe(), key.kind(), key.category(),
                        key.assignee()}).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (updated[i] == 0) {
                Key key = keys.get(i);
                inserts.add(new Object[]{key.stripe(), key.kind(), key.category(), key.assignee(), deltas.get(key)});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + table + " (stripe, kind, category, assignee, entries) "
                    + "VALUES (?, ?, ?, CAST(? AS VARCHAR(100)), ?)", inserts);
        }
    }
}
