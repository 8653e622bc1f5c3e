package org.marketplace.complaints.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any number of command and query services on one fresh PostgreSQL database of their own, for the scale-out
 * tests: instances are started side by side (started, then awaited together, so their JVMs warm up in parallel),
 * stopped or killed one by one by the test, and everything left running is stopped and the database dropped on
 * close. Logs go to a directory per cluster under e2e.workDir.
 */
public final class Cluster implements AutoCloseable {

    public static final Duration START_BOUND = Duration.ofMinutes(3);

    private final PostgresDatabase database;
    private final Path workDir;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<String, String> settings = new HashMap<>();
    private boolean demoAccounts = true;
    private List<String> jvmOptions = ServiceProcess.TEST_JVM_OPTIONS;

    private Cluster(PostgresDatabase database, Path workDir) {
        this.database = database;
        this.workDir = workDir;
    }

    public static Cluster onFreshPostgres(String name) throws Exception {
        Path runs = Files.createDirectories(Path.of(System.getProperty("e2e.workDir", "target/e2e")));
        Path workDir = Files.createTempDirectory(runs, name + "-");
        return new Cluster(PostgresDatabase.createFresh(), workDir);
    }

    /**
     * The services started from now on run as in production: the postgres profile's own default, demo accounts
     * off, and {@code settings} (environment variables) on top, e.g. the identity provider to trust.
     */
    public Cluster asInProduction(Map<String, String> settings) {
        this.demoAccounts = false;
        this.settings.putAll(settings);
        return this;
    }

    /** The services started from now on run with {@code settings} (environment variables) on top of the defaults. */
    public Cluster with(Map<String, String> settings) {
        this.settings.putAll(settings);
        return this;
    }

    /**
     * The services started from now on run with these JVM options instead of the tests' small heap and quick
     * compiler, e.g. none (the JVM's defaults, as run.sh and production start them) for a benchmark.
     */
    public Cluster withJvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    public PostgresDatabase database() {
        return database;
    }

    /** A command service, started but not yet awaited. */
    public ServiceProcess command(String name) throws Exception {
        return started(name, "e2e.commandJar");
    }

    /** A query service, started but not yet awaited. */
    public ServiceProcess query(String name) throws Exception {
        return started(name, "e2e.queryJar");
    }

    public void awaitHealthy(ServiceProcess... services) throws Exception {
        for (ServiceProcess service : services) {
            service.awaitHealthy(START_BOUND);
        }
    }

    private ServiceProcess started(String name, String jarProperty) throws Exception {
        Map<String, String> environment = new HashMap<>(database.serviceEnvironment());
        environment.put("COMPLAINTS_DATADIR", workDir.toString());
        if (!demoAccounts) {
            environment.remove("COMPLAINTS_SECURITY_DEMOACCOUNTS");
        }
        environment.putAll(settings);
        ServiceProcess process = ServiceProcess.start(name, ServiceProcess.jar(jarProperty), workDir, environment, jvmOptions);
        synchronized (processes) {
            processes.add(process);
        }
        return process;
    }

    /** Stops what still runs, all at once (each shuts down gracefully on its own), then drops the database. */
    @Override
    public void close() throws Exception {
        List<Thread> stopping = new ArrayList<>();
        synchronized (processes) {
            for (ServiceProcess process : processes) {
                if (process.isAlive()) {
                    Thread thread = new Thread(() -> {
                        try {
                            process.stop();
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                    }, "stop-" + process.name());
                    thread.start();
                    stopping.add(thread);
                }
            }
        }
        for (Thread thread : stopping) {
            thread.join();
        }
        database.close();
    }
}
