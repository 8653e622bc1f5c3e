// Where the services of the end-to-end run listen, and the windows they run with: short enough that a
// story can watch the platform step in when the seller stays silent.
export const PORTS = { command: 18081, query: 18080, web: 18090 } as const;
export const SELLER_RESPONSE_WINDOW_SECONDS = 40;
export const MODULES = ['complaint-command', 'complaint-query', 'complaint-web'] as const;
