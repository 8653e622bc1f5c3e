package org.marketplace.complaints.query.readmodel.tables;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a read model keeps once per table set (its stores and SQL helpers, each bound to its physical tables):
 * queries use the set the registry says is active, each event handler the set its processor feeds.
 */
public final class PerTableSet<T> {

    private final ReadModelTables registry;
    private final String readModel;
    private final Map<TableSet, T> each = new EnumMap<>(TableSet.class);

    /** {@code readModel}: the processing group; {@code build}: the stores over one set's tables. */
    public PerTableSet(JdbcTemplate jdbc, String readModel, Function<TableSet, T> build) {
        this.registry = new ReadModelTables(jdbc);
        this.readModel = readModel;
        for (TableSet set : TableSet.values()) {
            each.put(set, build.apply(set));
        }
    }

    /**
     * For one answer: the active set, looked up once, so that all statements of the answer (a page and its
     * count, a detail and its timeline) read the same set even if a switch happens meanwhile.
     */
    public T forQueries() {
        return each.get(registry.state(readModel).active());
    }

    public String readModel() {
        return readModel;
    }

    public T in(TableSet set) {
        return each.get(set);
    }
}
