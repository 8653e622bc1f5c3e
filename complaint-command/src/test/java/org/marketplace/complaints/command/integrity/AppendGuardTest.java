package org.marketplace.complaints.command.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.command.support.HttpTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A writer that lost the race for a complaint's next sequence number is refused before its insert, so the
 * refused write does not burn a global position: the next stored event follows the last one without a hole.
 */
class AppendGuardTest extends HttpTestBase {

    @Autowired
    EventStorageEngine storage;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAppendOverAnExistingSequenceNumber_isAConcurrencyConflict_andBurnsNoPosition() {
        String complaintId = journey().responded();
        List<? extends DomainEventMessage<?>> stored = storage.readEvents(complaintId).asStream().toList();
        long headBefore = head();

        assertThatThrownBy(() -> append(copyOf(stored.get(1))))
                .isInstanceOf(ConcurrencyException.class).hasMessageContaining(complaintId);
        assertThatThrownBy(() -> append(copyOf(stored.get(0))))
                .isInstanceOf(AggregateStreamCreationException.class);

        journey().filed();
        assertThat(jdbc.queryForObject("SELECT MIN(globalIndex) FROM DomainEventEntry WHERE globalIndex > ?",
                Long.class, headBefore)).as("the next stored event's position").isEqualTo(headBefore + 1);
    }

    private void append(DomainEventMessage<?> event) {
        transactions.executeInTransaction(() -> storage.appendEvents(event));
    }

    /** The same event as another writer would make it: same complaint and sequence, its own identifier. */
    private static DomainEventMessage<?> copyOf(DomainEventMessage<?> event) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayload(), event.getMetaData());
    }

    private long head() {
        return jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
    }
}
