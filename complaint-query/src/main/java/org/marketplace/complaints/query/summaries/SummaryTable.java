package org.marketplace.complaints.query.summaries;

import java.util.function.Function;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.query.readmodel.tables.TableSet;

/**
 * Where one list keeps its rows: the table, the table of its kept totals, and the column of the party whose list
 * it is, filled from the facts. Names are constants of the projections, never request input, so they may be
 * spliced into SQL.
 */
public record SummaryTable(String name, String counts, String ownerColumn, Function<ComplaintFacts, Object> owner) {

    /** A list whose complaints per owner and state are kept in {@code name}_counts (V24). */
    public SummaryTable(String name, String ownerColumn, Function<ComplaintFacts, Object> owner) {
        this(name, name + "_counts", ownerColumn, owner);
    }

    /** The same list in one of the two table sets, the one a rebuild fills or the one queries read. */
    public SummaryTable in(TableSet set) {
        return new SummaryTable(set.table(name), set.table(counts), ownerColumn, owner);
    }
}
