package org.marketplace.complaints.e2e.scaleout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time of processes and of the machine as Linux's /proc counts it, in clock ticks: what a benchmark can read of
 * another process (a service, a PostgreSQL backend) without attaching to it. A process that is gone reads as 0.
 */
final class ProcStat {

    /** Ticks a second (getconf CLK_TCK): 100 on every common Linux, read once in case this one differs. */
    static final int TICKS_PER_SECOND = clockTicks();

    private ProcStat() {
    }

    /** utime + stime of a process, all its threads. */
    static long ticks(long pid) {
        return ticksOf(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /**
     * The CPU of a JVM's JIT compiler threads (HotSpot names them "C1 CompilerThre…", "C2 CompilerThre…"): while
     * they are busy, the code measured is still being compiled and is not yet what runs in steady state.
     */
    static long jitTicks(long pid) {
        long total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                String name = read(task.resolve("comm"));
                if (name != null && (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler"))) {
                    total += ticksOf(task.resolve("stat"));
                }
            }
        } catch (IOException gone) {
            return total;
        }
        return total;
    }

    /** Processes whose command name is {@code name} (e.g. every postgres process of every server on the machine). */
    static List<Long> pidsNamed(String name) {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : all) {
                if (name.equals(read(process.resolve("comm")))) {
                    pids.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException unreadable) {
            throw new IllegalStateException("/proc is not readable: the benchmark needs Linux", unreadable);
        }
        return pids;
    }

    /**
     * The machine's {busy, total, interrupts} ticks over all cores (/proc/stat's first line; idle and iowait are
     * not busy). Interrupts (irq, softirq) are the kernel's work no process is charged for, loopback TCP among it.
     */
    static long[] machine() {
        String[] fields = read(Path.of("/proc/stat")).lines().findFirst().orElseThrow().trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new long[] {total - idle, total, Long.parseLong(fields[6]) + Long.parseLong(fields[7])};
    }

    private static long ticksOf(Path stat) {
        String text = read(stat);
        if (text == null) {
            return 0;
        }
        // the command name, in parentheses, may hold spaces: count the fields after its closing one
        String[] fields = text.substring(text.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.US_ASCII).strip();
        } catch (IOException | SecurityException gone) {
            return null;
        }
    }

    private static int clockTicks() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            try (InputStream out = getconf.getInputStream()) {
                return Integer.parseInt(new String(out.readAllBytes(), StandardCharsets.US_ASCII).strip());
            }
        } catch (IOException | NumberFormatException unknown) {
            return 100;
        }
    }
}
