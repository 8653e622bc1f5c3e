import dayjs from 'dayjs';

/** An instant to the second (and millisecond when it has one), in the reader's time zone: auditors compare events. */
export function formatPrecise(iso: string | null | undefined): string {
  if (!iso) return '';
  const time = dayjs(iso);
  return time.format(time.millisecond() ? 'YYYY-MM-DD HH:mm:ss.SSS' : 'YYYY-MM-DD HH:mm:ss');
}

/** Pretty JSON as text (never HTML). */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? '';
}
