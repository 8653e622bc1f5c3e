package org.marketplace.complaints.e2e.scaleout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.e2e.support.PostgresDatabase;
import org.marketplace.complaints.e2e.support.ServiceProcess;

/**
 * The CPU the processes of a load benchmark have used up to one moment, in clock ticks: the two services, the
 * PostgreSQL processes serving the benchmark's database, every postgres process on the machine, the benchmark's
 * own JVM (the driver, which shares the cores), the services' JIT compilers and the whole machine. Two samples
 * give what happened between them ({@link #since}).
 *
 * <p>The PostgreSQL server is shared with whatever else runs on the machine, so its CPU is counted twice: the
 * backends connected to this database plus the WAL writer, background writer and checkpointer, which write for
 * every database (the figure charged to the benchmark), and all postgres processes, to show what others added.
 */
record CpuSample(long nanos, long command, long query, Map<Long, Long> postgres, Map<Long, Long> allPostgres,
                 long driver, long jit, long[] machine) {

    /** The server's processes that work for this database; the sampling connection's own backend left out. */
    private static final String SERVING = "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()"
            + " AND (datname = current_database() OR backend_type IN ('walwriter', 'background writer', 'checkpointer'))";

    static CpuSample take(ServiceProcess command, ServiceProcess query, PostgresDatabase database) {
        Map<Long, Long> postgres = new HashMap<>();
        for (List<Object> row : database.rows(SERVING)) {
            long pid = ((Number) row.get(0)).longValue();
            postgres.put(pid, ProcStat.ticks(pid));
        }
        Map<Long, Long> allPostgres = new HashMap<>();
        for (long pid : ProcStat.pidsNamed("postgres")) {
            allPostgres.put(pid, ProcStat.ticks(pid));
        }
        return new CpuSample(System.nanoTime(), ProcStat.ticks(command.pid()), ProcStat.ticks(query.pid()), postgres,
                allPostgres, ProcStat.ticks(ProcessHandle.current().pid()),
                ProcStat.jitTicks(command.pid()) + ProcStat.jitTicks(query.pid()), ProcStat.machine());
    }

    /** The services' JIT compilers' share of one core since {@code start}. */
    double jitPercentSince(CpuSample start) {
        return percentOfOneCore(jit - start.jit, nanos - start.nanos);
    }

    /** What each process used from {@code start} to this sample, in milliseconds of CPU. */
    Use since(CpuSample start) {
        long[] busy = {machine[0] - start.machine[0], machine[1] - start.machine[1], machine[2] - start.machine[2]};
        return new Use((nanos - start.nanos) / 1e9, ms(command - start.command), ms(query - start.query),
                ms(grown(start.postgres, postgres)), ms(grown(start.allPostgres, allPostgres)), ms(driver - start.driver),
                ms(jit - start.jit), ms(busy[0]), ms(busy[2]), busy[1] == 0 ? 0 : 100.0 * busy[0] / busy[1]);
    }

    /**
     * CPU milliseconds over {@code seconds} of wall time. machineBusyMs: everything on the machine, all cores;
     * interruptsMs: the kernel's interrupt work within it, charged to no process (much of it the loopback traffic
     * between the benchmark, the services and PostgreSQL); machineBusyPercent: the busy share of all cores.
     */
    record Use(double seconds, double commandMs, double queryMs, double postgresMs, double allPostgresMs,
               double driverMs, double jitMs, double machineBusyMs, double interruptsMs, double machineBusyPercent) {

        double totalMs() {
            return commandMs + queryMs + postgresMs;
        }

        /** What other processes on the machine used meanwhile (other builds and tests, Maven): the noise. */
        double othersMs() {
            return Math.max(0, machineBusyMs - interruptsMs - commandMs - queryMs - allPostgresMs - driverMs);
        }

        double percentOfOneCore(double ms) {
            return ms / 10.0 / seconds;
        }
    }

    /**
     * Ticks the processes alive at the end used since the start; one that appeared in between (a new connection)
     * counts from zero, one that ended in between is lost with its last ticks, which /proc no longer shows.
     */
    private static long grown(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (Map.Entry<Long, Long> process : after.entrySet()) {
            sum += Math.max(0, process.getValue() - before.getOrDefault(process.getKey(), 0L));
        }
        return sum;
    }

    private static double ms(long ticks) {
        return 1000.0 * ticks / ProcStat.TICKS_PER_SECOND;
    }

    private static double percentOfOneCore(long ticks, long nanos) {
        return nanos == 0 ? 0 : 100.0 * ticks / ProcStat.TICKS_PER_SECOND / (nanos / 1e9);
    }
}
