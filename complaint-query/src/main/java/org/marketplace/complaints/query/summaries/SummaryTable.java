package org.marketplace.complaints.query.summaries;

import java.util.function.Function;
import org.marketplace.complaints.api.rules.ComplaintFacts;

/**
 * Where one list keeps its rows: the table, and the column of the party whose list it is, filled from the
 * facts. Names are constants of the projections, never request input, so they may be spliced into SQL.
 */
public record SummaryTable(String name, String ownerColumn, Function<ComplaintFacts, Object> owner) {
}
