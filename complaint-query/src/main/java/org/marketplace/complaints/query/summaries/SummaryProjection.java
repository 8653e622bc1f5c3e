package org.marketplace.complaints.query.summaries;

import org.marketplace.complaints.query.readmodel.ComplaintStreams;
import java.time.Clock;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.query.readmodel.WritesAtCommit;
import org.marketplace.complaints.query.readmodel.tables.PerTableSet;
import org.marketplace.complaints.query.readmodel.tables.SetBoundProjection;
import org.marketplace.complaints.query.readmodel.tables.TableSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every complaint list does with the events: fold each into its complaint's row, idempotently, and
 * empty the table for a rebuild. A subclass names its processing group, its table and its query; Axon finds
 * the inherited handlers. The list has two table sets (readmodel.tables), each written by its own processor;
 * queries read the active one, so a rebuild never shows a half-built list.
 */
@WritesAtCommit
public abstract class SummaryProjection extends SetBoundProjection<SummaryStore> {

    private final Clock clock;

    /**
     * {@code group}: the processing group, which names the list in the table-set registry; {@code streams}: where
     * rows stored under another fold version are rebuilt from (readmodel.FoldedFacts).
     */
    protected SummaryProjection(String group, DataSource dataSource, SummaryTable table, Clock clock,
                                ComplaintStreams streams) {
        super(new PerTableSet<>(new JdbcTemplate(dataSource), group,
                set -> new SummaryStore(dataSource, table.in(set), streams)), TableSet.PRIMARY);
        this.clock = clock;
    }

    private SummaryProjection(SummaryProjection primary, TableSet writes) {
        super(primary.sets(), writes);
        this.clock = primary.clock;
    }

    @EventHandler
    public void on(ComplaintEvent event, @SequenceNumber Long sequence) {
        written().apply(event, sequence);
    }

    @Override
    public void clear() {
        written().clear();
    }

    /** Only the handlers: the queries are the Spring bean's, whichever set they read. */
    @Override
    public SummaryProjection into(TableSet set) {
        return new SummaryProjection(this, set) {
        };
    }

    /** Actions depend on the time (a response window closes), so they are computed as of the clock's now. */
    protected ComplaintSummaryPage page(Object owner, ComplaintState state, int page, int size, Actor viewer) {
        return sets().forQueries().page(owner, state, page, size, viewer, clock.instant());
    }
}
