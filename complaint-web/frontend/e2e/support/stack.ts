import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where the services of the end-to-end run listen, and the windows they run with: short enough that a
// story can watch the platform step in when the seller stays silent.
// E2E_PORT_OFFSET moves all three, so that two runs on one machine do not meet.
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const PORTS = { command: 18081 + OFFSET, query: 18080 + OFFSET, web: 18090 + OFFSET } as const;
export const SELLER_RESPONSE_WINDOW_SECONDS = 40;
export const MODULES = ['complaint-command', 'complaint-query', 'complaint-web'] as const;

const HERE = fileURLToPath(new URL('.', import.meta.url));
// one folder per stack, so that a second run never writes over this one's logs
export const LOGS = resolve(HERE, '..', '..', '..', 'target', PORTS.web === 18090 ? 'e2e-logs' : `e2e-logs-${PORTS.web}`);
/** The processes global-setup started, for global-teardown. */
export const PIDS_FILE = join(LOGS, 'pids.json');
