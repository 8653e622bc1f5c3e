package org.marketplace.complaints.query.summaries;

import java.util.function.Function;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.query.readmodel.tables.TableSet;

/**
 * Where one list keeps its rows: the table, and the column of the party whose list it is, filled from the
 * facts. Names are constants of the projections, never request input, so they may be spliced into SQL.
 */
public record SummaryTable(String name, String ownerColumn, Function<ComplaintFacts, Object> owner) {

    /** The same list in one of the two table sets, the one a rebuild fills or the one queries read. */
    public SummaryTable in(TableSet set) {
        return new SummaryTable(set.table(name), ownerColumn, owner);
    }
}
