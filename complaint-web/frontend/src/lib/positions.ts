// Read-your-writes: every command answers with X-Event-Position, the global position of the last event it
// stored. Reads sent afterwards carry the highest position this tab has seen as X-Min-Event-Position, so the
// query service answers only once its read model includes our own change: no "refresh to see it".
let highest: number | null = null;

export function rememberPosition(header: string | null): number | null {
  if (header == null || header.trim() === '') return null;
  const position = Number(header);
  if (!Number.isSafeInteger(position) || position < 0) return null;
  if (highest == null || position > highest) highest = position;
  return position;
}

export function minPosition(): number | null {
  return highest;
}

/** For tests and logout: a new session starts without a position. */
export function forgetPositions(): void {
  highest = null;
}
