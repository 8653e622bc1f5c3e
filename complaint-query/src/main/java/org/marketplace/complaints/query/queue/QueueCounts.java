package org.marketplace.complaints.query.queue;

import java.util.Arrays;
import java.util.List;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.query.readmodel.StripedCounts;
import org.marketplace.complaints.query.readmodel.StripedCounts.Column;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * arbitration_queue_counts (V23): how many entries the queue holds per kind, category and assignee, so that a page's
 * total is a sum over a few hundred rows whatever the queue's length (readmodel.StripedCounts keeps them). The
 * projection tells it each complaint's facts before and after an event.
 */
final class QueueCounts {

    static final String TABLE = "arbitration_queue_counts";

    private final StripedCounts counts;

    /** {@code table}: {@link #TABLE} in one of the two table sets. */
    QueueCounts(JdbcTemplate jdbc, String table) {
        this.counts = new StripedCounts(jdbc, table, "entries",
                List.of(Column.of("kind"), Column.of("category"), Column.nullable("assignee")));
    }

    /** The complaint's entries went from those open in {@code before} to those open in {@code after}. */
    void changed(ComplaintFacts before, ComplaintFacts after) {
        counts.changed(after.complaintId().value(), keys(before), keys(after));
    }

    /** The number of entries {@code filter} matches (its conditions name the columns this table shares). */
    long total(QueueFilter filter) {
        return counts.total(" q" + filter.where(), filter.argumentsAnd());
    }

    void clear() {
        counts.clear();
    }

    private static List<List<String>> keys(ComplaintFacts facts) {
        return QueueEntryKind.openIn(facts).stream().map(kind -> Arrays.asList(kind.name(), facts.category().name(),
                facts.assignee() == null ? null : facts.assignee().value())).toList();
    }
}
