package org.marketplace.complaints.query.ops.rebuild;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.marketplace.complaints.query.freshness.ProjectionBehindException;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rebuild tests' service: one Spring context (its own in-memory database, shared by these test classes and
 * by no other: the property below sets them apart) holding 3,000 generated complaints, stored once and
 * projected live by the four read models before the first test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "complaints.query.rebuild.switch-check-interval=PT0.1S", "logging.level.org.axonframework=WARN"})
abstract class GeneratedHistoryTestBase {

    static final int COMPLAINTS = 3_000;
    static final List<String> READ_MODELS = List.of("my-complaints", "shop-complaints", "arbitration-queue",
            "complaint-detail");

    @Autowired
    EventStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionFreshness freshness;
    @Autowired
    ReadModelTables tables;
    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    StoredTokens tokens;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void storeTheHistoryOnce() {
        synchronized (GeneratedHistoryTestBase.class) {
            if (eventCount() == 0) {
                append(0, COMPLAINTS);
            }
        }
        READ_MODELS.forEach(this::awaitProjected);
    }

    /** Complaints [from, to), a hundred per append, as the command side would have stored them. */
    long append(int from, int to) {
        for (int batch = from; batch < to; batch += 100) {
            List<DomainEventMessage<?>> events = IntStream.range(batch, Math.min(to, batch + 100)).boxed()
                    .flatMap(i -> GeneratedComplaints.eventsOf(i).stream()).toList();
            store.publish(events);
        }
        return head();
    }

    /** The number of the next complaint to generate: complaints are numbered from 0 in the order stored. */
    int nextComplaint() {
        return jdbc.queryForObject("SELECT COUNT(DISTINCT aggregateIdentifier) FROM DomainEventEntry", Integer.class);
    }

    long head() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(globalIndex), 0) FROM DomainEventEntry", Long.class);
    }

    void awaitProjected(String readModel) {
        long head = head();
        await().atMost(Duration.ofMinutes(3)).ignoreException(ProjectionBehindException.class).until(() -> {
            freshness.awaitProcessed(readModel, head);
            return true;
        });
    }

    TableSetState awaitSwitched(String readModel) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> !tables.state(readModel).rebuilding());
        return tables.state(readModel);
    }

    /**
     * Until the processor of the inactive set holds no segment: after a switch, the one that was live lets go
     * within a balancing round, and a rebuild is refused until it has (another test may just have switched).
     */
    void awaitHandedOver(String readModel) {
        await().atMost(Duration.ofMinutes(1)).until(() -> tokens.of(tables.state(readModel).buildingProcessor())
                .stream().noneMatch(tokens::claimed));
    }

    void startRebuild(String readModel) {
        awaitHandedOver(readModel);
        rebuild.start(readModel);
    }

    /**
     * Holds the token rows of the processor rebuilding the read model locked until closed, as a slow transaction
     * could: the rebuild commits no batch meanwhile, so it stays on, half built, however fast its replay goes. Not
     * the registry row: the switch locks the live processor's token rows before it updates that row, and would hold
     * up the live processor while waiting. Queries and the live processor go on.
     */
    AutoCloseable holdTheRebuild(String readModel) throws InterruptedException {
        return holdLocked("SELECT segment FROM TokenEntry WHERE processorName = ? FOR UPDATE",
                tables.state(readModel).buildingProcessor());
    }

    /** Runs {@code selectForUpdate} in a transaction of its own, which keeps the rows it locks until closed. */
    AutoCloseable holdLocked(String selectForUpdate, Object... arguments) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> transactions.executeWithoutResult(transaction -> {
            jdbc.queryForList(selectForUpdate, arguments);
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }), "holds-rows-locked");
        holder.start();
        held.await();
        return () -> {
            release.countDown();
            holder.join();
        };
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
