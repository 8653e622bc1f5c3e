package org.marketplace.complaints.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Several clients at once: tasks 0..n-1 spread over a fixed number of client threads. */
public final class Load {

    private Load() {
    }

    /** Runs every task, the results in task order; a task's failure fails the whole load, after all have run. */
    public static <T> List<T> run(int clients, int tasks, IntFunction<T> task) {
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int index = i;
                futures.add(executor.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>();
            AssertionError failure = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(5, TimeUnit.MINUTES));
                } catch (Exception failed) {
                    if (failure == null) {
                        failure = new AssertionError("a client failed", failed.getCause() == null ? failed : failed.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
