package org.marketplace.complaints.command.integrity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Refuses an append that would collide with another writer's events before any row is inserted. The unique key
 * (aggregateIdentifier, sequenceNumber) would refuse it too, but only after the insert has drawn a global index
 * from the sequence: the rollback burns that position, and every processor then tracks the hole as a gap until
 * it times out. Within one command instance Axon's aggregate lock already orders the writers of a complaint;
 * across instances the lock here does: on PostgreSQL a transaction-scoped advisory lock per complaint, taken in
 * a fixed order so two multi-complaint appends cannot deadlock. Then the complaint's last stored sequence tells
 * whether someone appended first. The exceptions are Axon's own, so the command is retried as for a key clash.
 */
class AppendGuard {

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean advisoryLocks;

    AppendGuard(NamedParameterJdbcTemplate jdbc, boolean advisoryLocks) {
        this.jdbc = jdbc;
        this.advisoryLocks = advisoryLocks;
    }

    void check(List<? extends EventMessage<?>> events) {
        Map<String, Long> firstSequenceOf = new TreeMap<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                firstSequenceOf.merge(domain.getAggregateIdentifier(), domain.getSequenceNumber(), Math::min);
            }
        }
        firstSequenceOf.forEach(this::checkOne);
    }

    private void checkOne(String aggregate, long firstSequence) {
        if (advisoryLocks) {
            // held until commit or rollback; hashtextextended spreads the ids over the 64-bit lock space
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(:aggregate, 0))",
                    Map.of("aggregate", aggregate));
        }
        Long last = jdbc.queryForObject("SELECT MAX(sequenceNumber) FROM DomainEventEntry "
                + "WHERE aggregateIdentifier = :aggregate", Map.of("aggregate", aggregate), Long.class);
        if (last != null && last >= firstSequence) {
            String message = "complaint " + aggregate + " already has event " + last + "; this writer expected "
                    + (firstSequence - 1);
            throw firstSequence == 0 ? new AggregateStreamCreationException(message)
                    : new ConcurrencyException(message);
        }
    }
}
