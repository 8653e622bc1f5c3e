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
 * Both services started once for all end-to-end tests, on one fresh H2 file database (AUTO_SERVER: the first
 * process to open it serves the others), and stopped after the last test. Started at the same moment, as
 * run.sh starts them, so that their concurrent Flyway migrations of the one database are exercised each run.
 * A second command service with a seller response window of seconds is started on demand for deadline stories.
 */
public final class RunningSystem implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final Duration START_BOUND = Duration.ofMinutes(3);

    private final List<ServiceProcess> processes = new ArrayList<>();
    private Path workDir;
    private ServiceProcess command;
    private ServiceProcess query;
    private ServiceProcess hastyCommand;

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

    private RunningSystem startBoth() {
        try {
            // a directory per run: its database and the services' logs
            Path runs = Files.createDirectories(Path.of(System.getProperty("e2e.workDir", "target/e2e")));
            workDir = Files.createTempDirectory(runs, "run-");
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
        Path jar = Path.of(System.getProperty(jarProperty, "missing"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: run mvn -B verify from the root (or install first)");
        }
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("COMPLAINTS_DATADIR", workDir.toString());
        ServiceProcess process = ServiceProcess.start(name, jar, workDir, environment);
        processes.add(process);
        return process;
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
    }
}
