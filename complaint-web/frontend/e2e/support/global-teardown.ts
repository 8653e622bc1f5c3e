import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { PIDS_FILE } from './stack';

/** Stops the services that global-setup started (graceful TERM, so H2 closes its file). */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(PIDS_FILE)) return;
  const pids: number[] = JSON.parse(readFileSync(PIDS_FILE, 'utf8'));
  for (const pid of pids.reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const deadline = Date.now() + 30_000;
  for (const pid of pids) {
    while (Date.now() < deadline && alive(pid)) await new Promise((resolve) => setTimeout(resolve, 200));
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
  unlinkSync(PIDS_FILE);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
