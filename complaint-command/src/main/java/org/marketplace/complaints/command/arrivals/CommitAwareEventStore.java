package org.marketplace.complaints.command.arrivals;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which also runs {@code afterAppend} once a unit of work that appended events has
 * committed. Axon calls afterCommit for every publication (commands, deadlines alike) and only after the
 * commit, so the query service is never told of events it cannot read yet.
 */
final class CommitAwareEventStore extends EmbeddedEventStore {

    private final Runnable afterAppend;

    CommitAwareEventStore(Builder builder, Runnable afterAppend) {
        super(builder);
        this.afterAppend = afterAppend;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (!events.isEmpty()) {
            afterAppend.run();
        }
    }
}
