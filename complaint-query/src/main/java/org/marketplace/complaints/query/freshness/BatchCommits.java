package org.marketplace.complaints.query.freshness;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.marketplace.complaints.query.readmodel.DeliveredAgain;
import org.springframework.stereotype.Component;

/**
 * Wakes the read-your-writes waiters whenever an event processor finished a batch, so that a wait ends as soon as the
 * projection caught up. One signal for all processors: a waiter re-reads the progress of the one it waits for. Also
 * counts, per processor, the events this instance handled in committed batches since it started: with several
 * instances sharing the segments, the counts of all of them add up to each event once. An event Axon delivers again,
 * which the read model had folded in already (readmodel.DeliveredAgain), is not counted again.
 */
@Component
public class BatchCommits {

    private static final String REGISTERED = BatchCommits.class.getName();
    private static final String COUNTED = BatchCommits.class.getName() + ":count";

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchDone = lock.newCondition();
    private final Map<String, AtomicLong> handled = new ConcurrentHashMap<>();
    /** Guarded by lock. */
    private long batchesDone;

    /**
     * Signals in the cleanup phase, not after commit: Axon runs after-commit callbacks in reverse order of
     * registration, so ours would run before the work package's own one that advances the segment's status.
     * Cleanup comes after all of them (and after a rollback too, when a wake-up is harmless). The events of
     * a batch are counted only once it committed: a batch rolled back and retried counts once.
     */
    public MessageHandlerInterceptor<EventMessage<?>> interceptor(String processor) {
        AtomicLong total = handled.computeIfAbsent(processor, name -> new AtomicLong());
        return (unitOfWork, chain) -> {
            // a batch is one unit of work for all its events: register once
            if (unitOfWork.resources().putIfAbsent(REGISTERED, Boolean.TRUE) == null) {
                AtomicLong batch = new AtomicLong();
                unitOfWork.resources().put(COUNTED, batch);
                unitOfWork.afterCommit(done -> total.addAndGet(batch.get() - DeliveredAgain.in(done)));
                unitOfWork.onCleanup(done -> signal());
            }
            Object result = chain.proceed();
            ((AtomicLong) unitOfWork.resources().get(COUNTED)).incrementAndGet();
            return result;
        };
    }

    /** Events of committed batches this instance handled for the processor since it started. */
    public long eventsHandled(String processor) {
        AtomicLong total = handled.get(processor);
        return total == null ? 0 : total.get();
    }

    void signal() {
        lock.lock();
        try {
            batchesDone++;
            batchDone.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many batches have signalled: read before a check, so that a wait after it misses none (awaitNext). */
    long batchesDone() {
        lock.lock();
        try {
            return batchesDone;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until a batch signals after {@code seen} (at once if one did already, between the caller's check and
     * this wait) or at most {@code nanos}; false when interrupted.
     */
    boolean awaitNext(long seen, long nanos) {
        lock.lock();
        try {
            if (batchesDone == seen) {
                batchDone.await(nanos, TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
