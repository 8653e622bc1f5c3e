package org.marketplace.complaints.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;

/** Only a lost race for the same complaint is worth another try; everything else is the answer. */
class ConcurrencyRetrySchedulerTest {

    private final ConcurrencyRetryScheduler scheduler = ConcurrencyRetryScheduler.create(3, 10);

    @AfterEach
    void stop() {
        scheduler.destroy();
    }

    @Test
    void anotherWriterAppendingFirst_isRetried() {
        assertThat(scheduler.isExplicitlyNonTransient(new ConcurrencyException("sequence 3 taken"))).isFalse();
    }

    @Test
    void anotherFilingCreatingTheComplaintFirst_isRetried_evenWhenWrapped() {
        var wrapped = new CommandExecutionException("failed", new AggregateStreamCreationException("exists"));

        assertThat(scheduler.isExplicitlyNonTransient(wrapped)).isFalse();
    }

    @Test
    void aStaleIfMatch_isNeverRetried() {
        assertThat(scheduler.isExplicitlyNonTransient(new ConflictingAggregateVersionException("c-1", 2, 5))).isTrue();
    }

    @Test
    void aRefusedRule_isNeverRetried() {
        var refused = new ComplaintRuleViolation(RuleCode.ALREADY_RULED, "ruled", ComplaintState.RULED, null);

        assertThat(scheduler.isExplicitlyNonTransient(refused)).isTrue();
    }
}
