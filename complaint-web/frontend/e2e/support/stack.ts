import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the services of the end-to-end run listen, and the windows they run with. The seller's response window
// is one for all complaints: short enough that story (c) sees the platform step in for a silent seller, long
// enough that the sellers of the other stories answer within it on a busy machine (at 40 s they did not).
// Story (c) is filed first and taken on last (playwright.config.ts), so the run does not wait for it.
//
// By default the three services take ports the system reports free, chosen once in Playwright's main
// process and handed to its workers through E2E_PORTS (workers inherit the environment): fixed ports let a
// service left over from an interrupted run, or anything else listening there, answer in place of ours.
// E2E_PORT_OFFSET pins them to 18080/18081/18090 moved by the offset, for a stack one wants to look at.
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function choosePorts(): Promise<{ command: number; query: number; web: number }> {
  if (process.env.E2E_PORT_OFFSET !== undefined) {
    const offset = Number(process.env.E2E_PORT_OFFSET);
    return { command: 18081 + offset, query: 18080 + offset, web: 18090 + offset };
  }
  if (!process.env.E2E_PORTS) {
    const chosen = new Set<number>();
    while (chosen.size < 3) chosen.add(await freePort());
    process.env.E2E_PORTS = [...chosen].join(',');
  }
  const [command, query, web] = process.env.E2E_PORTS.split(',').map(Number);
  return { command, query, web };
}

export const PORTS = Object.freeze(await choosePorts());
export const SELLER_RESPONSE_WINDOW_SECONDS = 60;
/** Commands a minute and filings an hour per caller: the stories must never meet the command service's limits. */
export const RATE_LIMIT = 1_000_000;
export const MODULES = ['complaint-command', 'complaint-query', 'complaint-web'] as const;

const HERE = fileURLToPath(new URL('.', import.meta.url));
// a pinned stack writes its logs and results beside the default run's, never over them
export const RUN_SUFFIX = process.env.E2E_PORT_OFFSET ? `-${PORTS.web}` : '';
export const LOGS = resolve(HERE, '..', '..', '..', 'target', `e2e-logs${RUN_SUFFIX}`);
/** The processes global-setup started, for global-teardown. */
export const PIDS_FILE = join(LOGS, 'pids.json');
