// The only code that talks HTTP to complaint-web (which relays /api/** to the two services). It knows about
// problem+json, X-Event-Position, X-Min-Event-Position and the CSRF token; features only call get/send.
import type { CommandResult } from '@/types/api';
import { minPosition, rememberPosition } from './positions';
import { ApiError, NetworkError, problemOf } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD']);
/** A read model a moment behind our own write answers 503 PROJECTION_BEHIND: retried quietly this often. */
const BEHIND_RETRIES = 6;

type UnauthenticatedListener = () => void;
let onUnauthenticated: UnauthenticatedListener = () => {};

/** The auth provider registers what an expired session does (back to the login page, then back here). */
export function setUnauthenticatedListener(listener: UnauthenticatedListener): void {
  onUnauthenticated = listener;
}

export function csrfToken(): string | null {
  const cookie = document.cookie.split('; ').find((entry) => entry.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function exchange(path: string, init: RequestInit, attempt = 0): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  headers.set('Accept', headers.get('Accept') ?? 'application/json, application/problem+json');
  if (SAFE_METHODS.has(method)) {
    const position = minPosition();
    if (position != null && path.startsWith('/api/')) headers.set('X-Min-Event-Position', String(position));
  } else {
    const token = csrfToken();
    if (token) headers.set('X-XSRF-TOKEN', token);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, headers, credentials: 'same-origin' });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (response.ok) return response;
  const problem = await problemOf(response);
  if (problem.status === 503 && problem.code === 'PROJECTION_BEHIND' && attempt < BEHIND_RETRIES) {
    const retryAfter = Number(response.headers.get('Retry-After') ?? '1');
    await wait(Math.min(Number.isFinite(retryAfter) ? retryAfter : 1, 2) * 1000);
    return exchange(path, init, attempt + 1);
  }
  if (problem.status === 401 && path.startsWith('/api/')) onUnauthenticated();
  throw problem;
}

async function bodyOf<T>(response: Response): Promise<T> {
  const text = await response.text();
  return (text ? JSON.parse(text) : {}) as T;
}

/** A read. Query parameters that are undefined, null or '' are left out. */
export async function get<T>(path: string, params?: Record<string, string | number | boolean | null | undefined>): Promise<T> {
  const response = await exchange(withQuery(path, params), { method: 'GET' });
  return bodyOf<T>(response);
}

/** A command: the body it answers and the position of its last event, remembered for the next reads. */
export async function send<T = Record<string, unknown>>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<CommandResult<T>> {
  const response = await exchange(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const position = rememberPosition(response.headers.get('X-Event-Position'));
  return { body: await bodyOf<T>(response), position };
}

/** A raw response, for downloads such as the audit export (NDJSON). */
export async function download(path: string, params?: Record<string, string | undefined>): Promise<Blob> {
  const response = await exchange(withQuery(path, params), {
    method: 'GET',
    headers: { Accept: 'application/x-ndjson, application/problem+json' },
  });
  return response.blob();
}

export function withQuery(path: string, params?: Record<string, string | number | boolean | null | undefined>): string {
  if (!params) return path;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export { ApiError, NetworkError };
