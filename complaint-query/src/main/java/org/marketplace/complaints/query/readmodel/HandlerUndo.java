package org.marketplace.complaints.query.readmodel;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What one event handler changed in memory, to be undone when the handler fails: the in-memory counterpart of
 * the savepoint SavepointPerEvent rolls back to. A batch folds its events into memory (FoldBatch) and writes
 * them at its commit, so a failed event's fold must be taken back as its rows are, or the batch would write
 * facts that include an event the dead-letter queue holds. Per thread: an event is handled on one thread.
 */
public final class HandlerUndo {

    private static final ThreadLocal<Deque<Runnable>> STEPS = ThreadLocal.withInitial(ArrayDeque::new);

    private HandlerUndo() {
    }

    /** A handler starts: nothing to undo yet. */
    static void begin() {
        STEPS.get().clear();
    }

    /** {@code step} undoes a change the running handler just made (in memory: its rows go with the savepoint). */
    public static void record(Runnable step) {
        STEPS.get().push(step);
    }

    /** The handler failed: its changes are undone, the last one first. */
    static void undo() {
        Deque<Runnable> steps = STEPS.get();
        while (!steps.isEmpty()) {
            steps.pop().run();
        }
    }
}
