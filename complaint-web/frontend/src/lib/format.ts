// Money and time as the reader sees them: yuan with two decimals (the API speaks integer fen), instants in
// the reader's own time zone.
import dayjs from 'dayjs';
// dayjs's Chinese names come with the Chinese language pack (lib/language-packs); nothing here uses
// relativeTime or duration, so those plugins are not loaded.

export function dayjsLocale(language: string): string {
  return language === 'en' ? 'en' : 'zh-cn';
}

/** 12900 → "¥129.00"; integer arithmetic only, no floating point on money. */
export function formatFen(fen: number | null | undefined): string {
  if (fen == null) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan.toLocaleString('en-US')}.${cents}`;
}

/** "129", "129.5", "129.00" → 12900, 12950, 12900; anything else (3 decimals, letters, negative) → null. */
export function parseYuan(text: string | number | null | undefined): number | null {
  if (text == null) return null;
  const value = String(text).trim().replace(/^¥/, '');
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return null;
  const cents = (match[2] ?? '').padEnd(2, '0');
  return Number(match[1]) * 100 + Number(cents);
}

/** An instant in the reader's time zone, e.g. 2026-12-01 21:44. */
export function formatInstant(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  return dayjs(iso).locale(dayjsLocale(language)).format(language === 'en' ? 'MMM D, YYYY HH:mm' : 'YYYY-MM-DD HH:mm');
}

/** Time left until (or past) a due instant, as parts the countdown words in the reader's language. */
export interface Remaining {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function remaining(dueBy: string, now: number): Remaining {
  let ms = dayjs(dueBy).valueOf() - now;
  const overdue = ms < 0;
  ms = Math.abs(ms);
  const totalSeconds = Math.floor(ms / 1000);
  return {
    overdue,
    days: Math.floor(totalSeconds / 86400),
    hours: Math.floor((totalSeconds % 86400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
  };
}

/** How long something has waited, e.g. in the arbitration queue. */
export function elapsedSince(iso: string, now: number): Remaining {
  return remaining(iso, now);
}
