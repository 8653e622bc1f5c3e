package org.marketplace.complaints.command.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.factory.DisposableBean;

/**
 * Retries a command only when another writer appended to the same complaint first (or created it first):
 * the retry loads the fresh history and the aggregate decides again, so a second filing of the same key
 * answers COMPLAINT_ALREADY_OPEN rather than a conflict. Axon's default would also retry rule violations.
 * Never retries ConflictingAggregateVersionException: the caller's If-Match is stale and must stay refused.
 */
final class ConcurrencyRetryScheduler extends IntervalRetryScheduler implements DisposableBean {

    private final ScheduledExecutorService executor;

    private ConcurrencyRetryScheduler(IntervalRetryScheduler.Builder builder, ScheduledExecutorService executor) {
        super(builder);
        this.executor = executor;
    }

    static ConcurrencyRetryScheduler create(int maxRetries, int intervalMillis) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                runnable -> new Thread(runnable, "command-retry"));
        IntervalRetryScheduler.Builder builder = IntervalRetryScheduler.builder()
                .retryExecutor(executor).maxRetryCount(maxRetries).retryInterval(intervalMillis);
        return new ConcurrencyRetryScheduler(builder, executor);
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        boolean concurrent = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictingAggregateVersionException) {
                return true;
            }
            concurrent |= cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException;
        }
        return !concurrent;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
