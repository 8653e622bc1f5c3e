package org.marketplace.complaints.query.freshness;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.stereotype.Component;

/**
 * Wakes the read-your-writes waiters whenever an event processor finished a batch, so that a wait ends as
 * soon as the projection caught up. One signal for all processors: a waiter only re-reads an in-memory status.
 */
@Component
public class BatchCommits {

    private static final String REGISTERED = BatchCommits.class.getName();

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchDone = lock.newCondition();

    /**
     * Signals in the cleanup phase, not after commit: Axon runs after-commit callbacks in reverse order of
     * registration, so ours would run before the work package's own one that advances the segment's status.
     * Cleanup comes after all of them (and after a rollback too, when a wake-up is harmless).
     */
    public MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return (unitOfWork, chain) -> {
            // a batch is one unit of work for all its events: register once
            if (unitOfWork.resources().putIfAbsent(REGISTERED, Boolean.TRUE) == null) {
                unitOfWork.onCleanup(done -> signal());
            }
            return chain.proceed();
        };
    }

    public void signal() {
        lock.lock();
        try {
            batchDone.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until the next signal or at most {@code nanos}; false when interrupted. */
    boolean awaitNext(long nanos) {
        lock.lock();
        try {
            batchDone.await(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
