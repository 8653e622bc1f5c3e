package org.marketplace.complaints.query.summaries;

import org.marketplace.complaints.query.readmodel.FactsJson;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;

/**
 * What every complaint list does with the events: fold each into its complaint's row, idempotently, and
 * empty the table on a rebuild. A subclass names its processing group, its table and its query; Axon finds
 * the inherited handlers.
 */
public abstract class SummaryProjection {

    private final SummaryStore rows;
    private final Clock clock;

    protected SummaryProjection(DataSource dataSource, SummaryTable table, FactsJson json, Clock clock) {
        this.rows = new SummaryStore(dataSource, table, json);
        this.clock = clock;
    }

    @EventHandler
    public void on(ComplaintEvent event, @SequenceNumber Long sequence) {
        rows.apply(event, sequence);
    }

    @ResetHandler
    public void clear() {
        rows.clear();
    }

    /** Actions depend on the time (a response window closes), so they are computed as of the clock's now. */
    protected ComplaintSummaryPage page(Object owner, ComplaintState state, int page, int size, Actor viewer) {
        return rows.page(owner, state, page, size, viewer, clock.instant());
    }
}
