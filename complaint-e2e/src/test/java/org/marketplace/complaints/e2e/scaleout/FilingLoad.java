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
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Api;

/**
 * Clients filing fresh orders one after another until stopped, as buyer-1 and buyer-2 in turn, each answer kept as
 * its status and code ("201", "503 DATABASE_UNAVAILABLE", "no answer") and each acknowledged complaint's id.
 */
final class FilingLoad implements AutoCloseable {

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ExecutorService clients;
    private final List<Future<?>> runs = new ArrayList<>();

    private FilingLoad(int clients) {
        this.clients = Executors.newFixedThreadPool(clients);
    }

    static FilingLoad start(String commandUrl, int clients) {
        FilingLoad load = new FilingLoad(clients);
        for (int c = 0; c < clients; c++) {
            Api buyer = new Api(commandUrl, c % 2 == 0 ? "buyer-1" : "buyer-2");
            load.runs.add(load.clients.submit(() -> load.file(buyer)));
        }
        return load;
    }

    private void file(Api buyer) {
        while (running.get()) {
            try {
                Answer answer = buyer.postOrThrow("/api/complaints", Filing.complaint("load-" + UUID.randomUUID(), "seller-1"));
                answers.add(answer.status() < 400 ? String.valueOf(answer.status()) : answer.status() + " " + answer.text("code"));
                if (answer.status() == 201) {
                    acknowledged.add(answer.text("complaintId"));
                }
            } catch (IOException noAnswer) {
                answers.add("no answer");
            }
        }
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
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

    @Override
    public void close() {
        running.set(false);
        clients.shutdownNow();
    }
}
