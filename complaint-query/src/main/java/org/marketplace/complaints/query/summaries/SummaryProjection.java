package org.marketplace.complaints.query.summaries;

import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.readmodel.WritesAtCommit;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every complaint list does with the events: fold each into its complaint's row, idempotently, and
 * empty the table on a reset. A subclass names its processing group, its table and its query; Axon finds
 * the inherited handlers. The list has two table sets (readmodel.tables): events go to the one being built,
 * queries read the active one, so a rebuild never shows a half-built list.
 */
@WritesAtCommit
public abstract class SummaryProjection {

    private final PerTableSet<SummaryStore> rows;
    private final Clock clock;

    /**
     * {@code group}: the processing group, which names the list in the table-set registry; {@code streams}: where
     * rows stored under another fold version are rebuilt from (readmodel.FoldedFacts).
     */
    protected SummaryProjection(String group, DataSource dataSource, SummaryTable table, Clock clock,
                                ComplaintStreams streams) {
        this.rows = new PerTableSet<>(new JdbcTemplate(dataSource), group,
                set -> new SummaryStore(dataSource, table.in(set), streams));
        this.clock = clock;
    }

    @EventHandler
    public void on(ComplaintEvent event, @SequenceNumber Long sequence) {
        rows.forEvents().apply(event, sequence);
    }

    /** During a rebuild this empties the set being built (already empty), never the list queries read. */
    @ResetHandler
    public void clear() {
        rows.forEvents().clear();
    }

    /** Actions depend on the time (a response window closes), so they are computed as of the clock's now. */
    protected ComplaintSummaryPage page(Object owner, ComplaintState state, int page, int size, Actor viewer) {
        return rows.forQueries().page(owner, state, page, size, viewer, clock.instant());
    }
}
