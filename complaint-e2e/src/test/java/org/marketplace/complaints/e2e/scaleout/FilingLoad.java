package org.marketplace.complaints.e2e.scaleout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;

/**
 * Clients filing fresh orders one after another until stopped (or until a deadline), as buyer-1 and buyer-2 in
 * turn, each answer kept as its status and code ("201", "503 DATABASE_UNAVAILABLE", "no answer"), each acknowledged
 * complaint's id, and for a benchmark each acknowledged filing's round trip and the highest event position answered.
 */
final class FilingLoad implements AutoCloseable {

    private static final long NO_DEADLINE = Long.MIN_VALUE;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> acknowledgedNanos = new ConcurrentLinkedQueue<>();
    private final AtomicLong highestPosition = new AtomicLong(-1);
    private final ExecutorService clients;
    private final List<Future<?>> runs = new ArrayList<>();

    private FilingLoad(int clients) {
        this.clients = Executors.newFixedThreadPool(clients);
    }

    static FilingLoad start(String commandUrl, int clients) {
        return startUntil(commandUrl, clients, NO_DEADLINE);
    }

    /**
     * As start, but each client starts no filing after {@code deadlineNanos} (System.nanoTime()): a closed loop for
     * a fixed window, the filings started in it finished and counted, as an HTTP load driver counts them.
     */
    static FilingLoad startUntil(String commandUrl, int clients, long deadlineNanos) {
        FilingLoad load = new FilingLoad(clients);
        for (int c = 0; c < clients; c++) {
            Api buyer = new Api(commandUrl, c % 2 == 0 ? "buyer-1" : "buyer-2");
            load.runs.add(load.clients.submit(() -> load.file(buyer, deadlineNanos)));
        }
        return load;
    }

    private void file(Api buyer, long deadlineNanos) {
        // compared as a difference: nanoTime's origin is arbitrary and may be negative
        while (running.get() && (deadlineNanos == NO_DEADLINE || System.nanoTime() - deadlineNanos < 0)) {
            try {
                long sent = System.nanoTime();
                Answer answer = buyer.postOrThrow("/api/complaints", Filing.complaint("load-" + UUID.randomUUID(), "seller-1"));
                long answered = System.nanoTime();
                answers.add(answer.status() < 400 ? String.valueOf(answer.status()) : answer.status() + " " + answer.text("code"));
                if (answer.status() == 201) {
                    acknowledged.add(answer.text("complaintId"));
                    acknowledgedNanos.add(answered - sent);
                    highestPosition.accumulateAndGet(Filing.position(answer), Math::max);
                }
            } catch (IOException noAnswer) {
                answers.add("no answer");
            }
        }
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** Each acknowledged filing's round trip, request sent to answer read, in nanoseconds. */
    List<Long> acknowledgedNanos() {
        return List.copyOf(acknowledgedNanos);
    }

    /** The highest X-Event-Position of an acknowledged filing; -1 before the first. */
    long highestPosition() {
        return highestPosition.get();
    }

    List<String> answers() {
        return List.copyOf(answers);
    }

    /** Lets each client finish the request it is in. */
    void stop() throws Exception {
        running.set(false);
        clients.shutdown();
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }
    }

    /** Waits for the clients of startUntil to pass their deadline and finish the filing they are in. */
    void awaitDeadline() throws Exception {
        clients.shutdown();
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
    }

    @Override
    public void close() {
        running.set(false);
        clients.shutdownNow();
    }
}
