package org.marketplace.complaints.query.readmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many rows of a read model there are per key (the queue's entries per kind, category and assignee; a list's
 * complaints per owner and state), kept by its projection so that a page's total is a sum over a few rows instead of
 * a count of every row the page's filter matches. A handler tells it which keys a complaint's event took a row from
 * and added one to; the differences are added up in memory for the batch and written when the batch commits, in its
 * transaction and so with its token, as the facts are (FoldedFacts), one JDBC batch of updates and one of inserts.
 * <p>
 * Rows are kept per stripe, the low bits of the complaint id's hash: Axon gives a complaint's events to the segment
 * its hash falls in, so with up to {@link #STRIPES} segments every stripe belongs to one segment, and two segments'
 * batches never write, and so never lock, the same row. Only the sum over the stripes means anything (a stripe may
 * go below zero, and the rows a migration counted all sit in stripe 0).
 */
public final class StripedCounts {

    /** A power of two, as Axon's segment counts are: the most segments a processor may have without contention. */
    public static final int STRIPES = 16;

    /** A key column; a nullable one is compared with IS NOT DISTINCT FROM, which no index serves, so put it last. */
    public record Column(String name, boolean nullable) {

        public static Column of(String name) {
            return new Column(name, false);
        }

        public static Column nullable(String name) {
            return new Column(name, true);
        }
    }

    private record Key(int stripe, List<String> values) {

        /** Rows written in one order by every batch, should two batches ever share a stripe (a hand-over). */
        static final Comparator<Key> ORDER = Comparator.comparingInt(Key::stripe).thenComparing(Key::values,
                (a, b) -> {
                    Comparator<String> value = Comparator.nullsFirst(Comparator.naturalOrder());
                    for (int i = 0; i < a.size(); i++) {
                        int compared = value.compare(a.get(i), b.get(i));
                        if (compared != 0) {
                            return compared;
                        }
                    }
                    return 0;
                });
    }

    private final JdbcTemplate jdbc;
    private final String table;
    private final String countColumn;
    private final String update;
    private final String insert;
    /** The batch's resource in the unit of work, made once (see RowWrites). */
    private final String resourceKey;

    /**
     * {@code table}: in the table set the projection writes; {@code countColumn}: the number; {@code columns}: the
     * key, besides the stripe, all VARCHAR(100) or shorter.
     */
    public StripedCounts(JdbcTemplate jdbc, String table, String countColumn, List<Column> columns) {
        this.jdbc = jdbc;
        this.table = table;
        this.resourceKey = StripedCounts.class.getName() + "/" + table;
        this.countColumn = countColumn;
        this.update = "UPDATE " + table + " SET " + countColumn + " = " + countColumn + " + ? WHERE stripe = ?"
                + columns.stream().map(column -> " AND " + column.name() + (column.nullable()
                        ? " IS NOT DISTINCT FROM CAST(? AS VARCHAR(100))" : " = ?")).collect(Collectors.joining());
        this.insert = "INSERT INTO " + table + " (stripe, " + columns.stream().map(Column::name)
                .collect(Collectors.joining(", ")) + ", " + countColumn + ") VALUES (?, "
                + columns.stream().map(column -> column.nullable() ? "CAST(? AS VARCHAR(100))" : "?")
                .collect(Collectors.joining(", ")) + ", ?)";
    }

    /**
     * The complaint's event took a row from each key of {@code removed} and added one to each of {@code added} (the
     * key's values in the order of the columns; a nullable column's may be null, so not in a List.of).
     */
    public void changed(String complaintId, List<List<String>> removed, List<List<String>> added) {
        Optional<UnitOfWork<?>> unitOfWork = CurrentUnitOfWork.map(UnitOfWork::root);
        Map<Key, Long> deltas = unitOfWork.map(this::deltasOf).orElseGet(() -> new TreeMap<>(Key.ORDER));
        int stripe = stripeOf(complaintId);
        removed.forEach(values -> add(deltas, new Key(stripe, values), -1));
        added.forEach(values -> add(deltas, new Key(stripe, values), 1));
        if (unitOfWork.isEmpty()) {
            write(deltas);
        }
    }

    /** The sum of the rows {@code where} matches (" WHERE …" over the key columns, or empty for all). */
    public long total(String where, Object... arguments) {
        Long total = jdbc.queryForObject("SELECT SUM(" + countColumn + ") FROM " + table + where, Long.class,
                arguments);
        return total == null ? 0 : total;
    }

    public void clear() {
        jdbc.update("DELETE FROM " + table);
    }

    static int stripeOf(String complaintId) {
        // as Axon's segments match a sequence identifier: its hash, made non-negative, masked
        return (complaintId.hashCode() & Integer.MAX_VALUE) & (STRIPES - 1);
    }

    /** Adds to the batch's count, undone with the handler if it fails afterwards (HandlerUndo). */
    private static void add(Map<Key, Long> deltas, Key key, long delta) {
        deltas.merge(key, delta, Long::sum);
        HandlerUndo.record(() -> deltas.merge(key, -delta, Long::sum));
    }

    private Map<Key, Long> deltasOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(resourceKey, name -> {
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
        int[] updated = jdbc.batchUpdate(update, keys.stream().map(key -> {
            List<Object> arguments = new ArrayList<>(List.of(deltas.get(key), key.stripe()));
            arguments.addAll(key.values());
            return arguments.toArray();
        }).toList());
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (updated[i] == 0) {
                Key key = keys.get(i);
                List<Object> arguments = new ArrayList<>(List.of(key.stripe()));
                arguments.addAll(key.values());
                arguments.add(deltas.get(key));
                inserts.add(arguments.toArray());
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(insert, inserts);
        }
    }
}
