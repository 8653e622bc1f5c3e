package org.marketplace.complaints.query.queue;

import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import org.marketplace.complaints.query.readmodel.FoldedFacts;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queue's tables in one table set: its entries, the folded facts they are shown from, their counts, and the
 * entries' writes (at the batch's commit).
 */
record QueueTables(String entries, String factsTable, FoldedFacts facts, QueueCounts counts, RowWrites writes) {

    static final String ENTRIES = "arbitration_queue";
    static final String FACTS = "arbitration_queue_facts";

    /** {@code streams}: where facts stored under another fold version are rebuilt from (FoldedFacts). */
    static QueueTables in(TableSet set, JdbcTemplate jdbc, ComplaintStreams streams) {
        return new QueueTables(set.table(ENTRIES), set.table(FACTS),
                new FoldedFacts(jdbc, set.table(FACTS), streams), new QueueCounts(jdbc, set.table(QueueCounts.TABLE)),
                new RowWrites(jdbc, set.table(ENTRIES)));
    }
}
