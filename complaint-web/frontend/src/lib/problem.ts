// The one place that knows the shape of application/problem+json (RFC 9457) as the services send it.

export interface FieldProblem {
  field: string;
  message: string;
}

/** An error answer of the API: its status, the stable code the UI translates, and any field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | null;
  readonly fieldErrors: FieldProblem[];
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const code = typeof body.code === 'string' ? body.code : `HTTP_${status}`;
    super(`${status} ${code}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = typeof body.detail === 'string' ? body.detail : null;
    this.fieldErrors = Array.isArray(body.errors)
      ? (body.errors as unknown[]).filter(isFieldProblem)
      : [];
    this.body = body;
  }
}

/** The server could not be reached at all (offline, proxy down): the UI offers a retry. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network unreachable', { cause });
    this.name = 'NetworkError';
  }
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as FieldProblem).field === 'string' &&
    typeof (value as FieldProblem).message === 'string'
  );
}

export async function problemOf(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // not JSON (a proxy's HTML page): the status alone says what happened
  }
  return new ApiError(response.status, body);
}
