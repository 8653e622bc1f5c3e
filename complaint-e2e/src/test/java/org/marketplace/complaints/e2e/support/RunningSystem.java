package org.marketplace.complaints.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Both services started once for all end-to-end tests, on one fresh database, and stopped after the last test.
 * The database is chosen by e2e.database (DatabaseMode): a fresh H2 file (AUTO_SERVER: the first process to open
 * it serves the others) or a fresh PostgreSQL database, dropped after the run. Started at the same moment, as
 * run.sh starts them, so that their concurrent Flyway migrations of the one database are exercised each run.
 * Command services with windows of seconds are started on demand for the deadline stories.
 */
public final class RunningSystem implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final Duration START_BOUND = Duration.ofMinutes(3);

    /** The settlement fulfilment and reconsideration windows of {@link #quickWindowsCommandUrl()}. */
    public static final String QUICK_WINDOW = "PT5S";

    private final List<ServiceProcess> processes = new ArrayList<>();
    private Path workDir;
    private PostgresDatabase postgres;
    private ServiceProcess command;
    private ServiceProcess query;
    private ServiceProcess hastyCommand;
    private ServiceProcess quickWindowsCommand;

    private static RunningSystem current;

    /** The running system, for the test classes that extend with it. */
    public static RunningSystem get() {
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSystem.class, key -> startBoth(), RunningSystem.class);
    }

    public String commandUrl() {
        return command.baseUrl();
    }

    public String queryUrl() {
        return query.baseUrl();
    }

    /** A command service whose complaints give the seller {@code window} to respond (ISO-8601, e.g. PT3S). */
    public synchronized String hastyCommandUrl(String window) throws Exception {
        if (hastyCommand == null) {
            hastyCommand = started("command-hasty", "e2e.commandJar", Map.of("COMPLAINTS_DEADLINES_SELLERRESPONSE", window));
            hastyCommand.awaitHealthy(START_BOUND);
        }
        return hastyCommand.baseUrl();
    }

    /**
     * A command service whose accepted settlements must be carried out, and whose rulings contested, within
     * {@link #QUICK_WINDOW}. The stories that wait for one of these windows to pass share it, so that one JVM fewer
     * starts: each reaches only its own window (the settlement story never rules, the ruling story never settles).
     */
    public synchronized String quickWindowsCommandUrl() throws Exception {
        if (quickWindowsCommand == null) {
            quickWindowsCommand = started("command-quick-windows", "e2e.commandJar",
                    Map.of("COMPLAINTS_DEADLINES_SETTLEMENTFULFILMENT", QUICK_WINDOW,
                            "COMPLAINTS_DEADLINES_RECONSIDERATION", QUICK_WINDOW));
            quickWindowsCommand.awaitHealthy(START_BOUND);
        }
        return quickWindowsCommand.baseUrl();
    }

    private RunningSystem startBoth() {
        try {
            // a directory per run: its database and the services' logs
            Path runs = Files.createDirectories(Path.of(System.getProperty("e2e.workDir", "target/e2e")));
            workDir = Files.createTempDirectory(runs, "run-");
            if (DatabaseMode.configured() == DatabaseMode.POSTGRES) {
                postgres = PostgresDatabase.createFresh();
            }
            command = started("command", "e2e.commandJar", Map.of());
            query = started("query", "e2e.queryJar", Map.of());
            command.awaitHealthy(START_BOUND);
            query.awaitHealthy(START_BOUND);
            return this;
        } catch (Exception failure) {
            close();
            throw new IllegalStateException("the services did not start", failure);
        }
    }

    private ServiceProcess started(String name, String jarProperty, Map<String, String> settings) throws Exception {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("COMPLAINTS_DATADIR", workDir.toString());
        if (postgres != null) {
            environment.putAll(postgres.serviceEnvironment());
        }
        ServiceProcess process = ServiceProcess.start(name, ServiceProcess.jar(jarProperty), workDir, environment);
        processes.add(process);
        return process;
    }

    /**
     * For tests that start services of their own (the scale-out tests): stops the shared system first, if the
     * stories before started it, so that its idle JVMs do not take a share of the two cores from the processes
     * under test. A story after them starts it again.
     */
    public static final class StoppedBefore implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            RunningSystem running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .remove(RunningSystem.class, RunningSystem.class);
            if (running != null) {
                running.close();
                current = null;
            }
        }
    }

    @Override
    public void close() {
        for (ServiceProcess process : processes) {
            try {
                process.stop();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
