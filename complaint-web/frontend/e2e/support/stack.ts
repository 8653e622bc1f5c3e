// Where the services of the end-to-end run listen, and the windows they run with: short enough that a
// story can watch the platform step in when the seller stays silent.
// E2E_PORT_OFFSET moves all three, so that two runs on one machine do not meet.
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const PORTS = { command: 18081 + OFFSET, query: 18080 + OFFSET, web: 18090 + OFFSET } as const;
export const SELLER_RESPONSE_WINDOW_SECONDS = 40;
export const MODULES = ['complaint-command', 'complaint-query', 'complaint-web'] as const;
