package org.marketplace.complaints.e2e.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** One service as run.sh runs it: java -jar on its own port, its output in a log file next to the tests. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, Path> JARS = new HashMap<>();

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Small heaps and the quick compiler: three to four JVMs start side by side on a 2-core machine. */
    static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    static ServiceProcess start(String name, Path jar, Path workDir, Map<String, String> environment) throws IOException {
        return start(name, jar, workDir, environment, TEST_JVM_OPTIONS);
    }

    static ServiceProcess start(String name, Path jar, Path workDir, Map<String, String> environment,
                                List<String> jvmOptions) throws IOException {
        int port = freePort();
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the stories and load tests send hundreds of commands a minute as a few demo accounts: far above the
        // command service's rate limits, unless a test sets its own (environment, put after these)
        builder.environment().put("COMPLAINTS_RATELIMITS_COMMANDSPERMINUTE", "1000000");
        builder.environment().put("COMPLAINTS_RATELIMITS_FILINGSPERHOUR", "1000000");
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        return new ServiceProcess(name, port, builder.start(), log);
    }

    /**
     * A service's runnable jar, from the system property the pom sets (e2e.commandJar, e2e.queryJar), copied once
     * per test run: a build that repackages the jar while a test starts a JVM from it (another module's install
     * in the same checkout) would make that JVM fail with classes missing half-way through its start.
     */
    static synchronized Path jar(String property) throws IOException {
        Path copy = JARS.get(property);
        if (copy == null) {
            Path jar = Path.of(System.getProperty(property, "missing"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is not built: run mvn -B verify from the root (or install first)");
            }
            Path runs = Files.createDirectories(Path.of(System.getProperty("e2e.workDir", "target/e2e")));
            Path directory = Files.createTempDirectory(runs, "jar-");
            copy = Files.copy(jar, directory.resolve(jar.getFileName()));
            // removed when the tests' JVM ends, the services (stopped before) with it: 40 MB a service and run
            directory.toFile().deleteOnExit();
            copy.toFile().deleteOnExit();
            JARS.put(property, copy);
        }
        return copy;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The operating system's process id: Axon names a token's owner pid@host. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public void awaitHealthy(Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(250); // the poll's pace: the loop waits for a condition (healthy), bounded against a hang
        }
        throw new IllegalStateException(name + " was not healthy within " + bound + ":\n" + logTail());
    }

    /** SIGTERM, as Ctrl-C in run.sh: a graceful shutdown; forcibly after a bound. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** SIGKILL (kill -9): a crash, no shutdown hook, no graceful anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    private boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * What the service logged at WARN or above, and the lines naming {@code about}: for a test's failure message,
     * so that CI's output says what the service saw.
     */
    public String logLinesAbout(String about) throws IOException {
        return last(80, Files.readAllLines(log).stream()
                .filter(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.contains(about)).toList());
    }

    /** The stacks of the service's threads whose name or frames mention {@code about} (jcmd), for a failure message. */
    public String threadsAbout(String about) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(30, TimeUnit.SECONDS);
            return Arrays.stream(dump.split("\n\n")).filter(thread -> thread.contains(about))
                    .collect(Collectors.joining("\n\n"));
        } catch (IOException | InterruptedException unavailable) {
            return "no thread dump: " + unavailable;
        }
    }

    private String logTail() throws IOException {
        return last(60, Files.readAllLines(log));
    }

    private static String last(int count, List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", " + baseUrl() + ")";
    }
}
