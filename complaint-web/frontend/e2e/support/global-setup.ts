import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import globalTeardown from './global-teardown';
import { LOGS, MODULES, PIDS_FILE, PORTS, RATE_LIMIT, SELLER_RESPONSE_WINDOW_SECONDS } from './stack';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

const ROOT = resolve(HERE, '..', '..', '..', '..');
// E2E_STATIC_DIR: another build of the app (vite build --outDir …), for a second run beside this one
const STATIC = process.env.E2E_STATIC_DIR ?? resolve(HERE, '..', '..', '..', 'target', 'classes', 'static');

function jarOf(module: string): string {
  const target = join(ROOT, module, 'target');
  const jar = existsSync(target)
    ? readdirSync(target).find((name) => /^complaint-.*-SNAPSHOT\.jar$/.test(name))
    : undefined;
  if (!jar) throw new Error(`${module}'s jar is not built: run mvn -B install -DskipTests first`);
  return join(target, jar);
}

async function answers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/actuator/health`);
    return true;
  } catch {
    return false;
  }
}

async function healthy(port: number, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/actuator/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the service on port ${port} did not become healthy; see ${LOGS}`);
}

/** Starts command, query and web on an empty H2 database of their own, unless E2E_BASE_URL names a system. */
export default async function globalSetup(): Promise<void> {
  if (process.env.E2E_BASE_URL) return;
  mkdirSync(LOGS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'complaints-e2e-'));
  const env = {
    ...process.env,
    COMPLAINTS_DATADIR: dataDir,
    COMPLAINTS_DEADLINES_SELLERRESPONSE: `PT${SELLER_RESPONSE_WINDOW_SECONDS}S`,
    // the stories file and act as the same few demo accounts many times a minute: far above the rate limits
    COMPLAINTS_RATELIMITS_COMMANDSPERMINUTE: String(RATE_LIMIT),
    COMPLAINTS_RATELIMITS_FILINGSPERHOUR: String(RATE_LIMIT),
    COMPLAINTS_WEB_COMMANDURL: `http://127.0.0.1:${PORTS.command}`,
    COMPLAINTS_WEB_QUERYURL: `http://127.0.0.1:${PORTS.query}`,
  };
  const ports = [PORTS.command, PORTS.query, PORTS.web];
  // a service left over from an interrupted run would answer in place of ours, with its own data and build
  for (const port of ports) {
    if (await answers(port)) throw new Error(`port ${port} is taken (a stack left over from another run?); stop it first`);
  }
  const pids: number[] = [];
  const start = (module: (typeof MODULES)[number]) => {
    const index = MODULES.indexOf(module);
    const log = openSync(join(LOGS, `${module}.log`), 'w');
    // the web service serves the app from the folder `npm run build` writes, so a rebuilt app needs no new jar
    const args = module === 'complaint-web' ? [`--complaints.web.static-location=file:${STATIC}/`] : [];
    const child = spawn('java', ['-Xmx512m', '-jar', jarOf(module), ...args], {
      env: { ...env, SERVER_PORT: String(ports[index]) },
      stdio: ['ignore', log, log],
      detached: true,
    });
    child.unref();
    pids.push(child.pid!);
    writeFileSync(PIDS_FILE, JSON.stringify(pids));
    return () => healthy(ports[index], Date.now() + 180_000);
  };
  try {
    // the command service migrates the shared schema first, so the query service starts once it is up; the web
    // service opens no database and starts beside the command service, which saves a start-up's time
    const [command, web] = [start('complaint-command'), start('complaint-web')];
    await command();
    const query = start('complaint-query');
    await query();
    await web();
  } catch (failure) {
    await globalTeardown(); // leave nothing running behind a failed start
    throw failure;
  }
}
