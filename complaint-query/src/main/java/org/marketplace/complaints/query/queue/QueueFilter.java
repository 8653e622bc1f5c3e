package org.marketplace.complaints.query.queue;

import java.util.ArrayList;
import java.util.List;
import org.marketplace.complaints.api.query.FindArbitrationQueue;

/**
 * The WHERE clause of a queue query: each filter the arbitrator set, on a column that the entries (each such column
 * with its own index) and their counts (QueueCounts) share.
 */
record QueueFilter(String where, List<Object> arguments) {

    static QueueFilter of(FindArbitrationQueue query) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (query.assignee() != null) {
            conditions.add("q.assignee = ?");
            arguments.add(query.assignee().value());
        }
        if (query.unassigned() != null) {
            conditions.add(query.unassigned() ? "q.assignee IS NULL" : "q.assignee IS NOT NULL");
        }
        if (query.category() != null) {
            conditions.add("q.category = ?");
            arguments.add(query.category().name());
        }
        if (query.kind() != null) {
            conditions.add("q.kind = ?");
            arguments.add(query.kind().name());
        }
        return new QueueFilter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments);
    }

    /** The arguments followed by more, for the LIMIT and OFFSET of a page. */
    Object[] argumentsAnd(Object... more) {
        List<Object> all = new ArrayList<>(arguments);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
