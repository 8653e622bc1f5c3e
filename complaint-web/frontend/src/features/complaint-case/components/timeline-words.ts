import type { TFunction } from 'i18next';
import { formatFen, formatInstant } from '@/lib/format';
import { EVENT_TYPES, type TimelineEntry } from '@/types/api';
import { actorName } from './actor';

/** Event types with a sentence of their own (complaintCase.timeline.<type>); any other reads as the fallback. */
export const WORDED_TYPES = EVENT_TYPES;

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** An enum value through common.<group>, or the raw value when unknown (never a raw key). */
function word(t: TFunction, group: string, value: unknown): string {
  const raw = text(value);
  return raw ? t(`common.${group}.${raw}`, { defaultValue: raw }) : '';
}

/** "全额退款 ¥129.00", "换货". */
function terms(t: TFunction, group: string, type: unknown, amountFen: unknown): string {
  const kind = word(t, group, type);
  return typeof amountFen === 'number' ? `${kind} ${formatFen(amountFen)}` : kind;
}

/** One timeline step as a sentence in the reader's language, from its type, data and actor. */
export function describeEntry(t: TFunction, entry: TimelineEntry, language: string): string {
  const data = entry.data ?? {};
  const remedy = (data.remedy ?? {}) as Record<string, unknown>;
  // mid-sentence party names ("from the seller"), not the capitalised labels of lists and forms
  const missing = Array.isArray(data.missingFrom) ? data.missingFrom.map((role) => word(t, 'partyInSentence', role)) : [];
  const isIntervention = entry.type === 'PlatformIntervened';
  const values = {
    actor: actorName(t, entry.actor),
    category: word(t, 'category', data.category),
    orderId: text(data.orderId),
    count: typeof data.evidenceCount === 'number' ? data.evidenceCount : 0,
    position: word(t, 'sellerPosition', data.position),
    dueBy: formatInstant(text(data.dueBy ?? data.negotiationDueBy ?? data.fulfilmentDueBy) || null, language),
    terms: terms(t, 'offerType', data.type, data.amountFen),
    reason: word(t, isIntervention ? 'interventionReason' : 'withdrawalReason', data.reason),
    mode: word(t, 'withdrawalMode', data.mode),
    from: word(t, 'partyInSentence', data.from),
    arbitrator: typeof data.arbitratorId === 'string' && data.arbitratorId
      ? `${t('common.role.ARBITRATOR')} ${data.arbitratorId}`
      : t('complaintCase.timeline.someArbitrator'),
    missing: missing.join(t('complaintCase.timeline.listSeparator')),
    outcome: word(t, 'outcome', data.outcome),
    remedy: terms(t, 'remedyType', remedy.type, remedy.amountFen),
    type: entry.type,
  };
  if (!(WORDED_TYPES as readonly string[]).includes(entry.type)) return t('complaintCase.timeline.unknown', values);
  if (entry.type === 'WithdrawalRequested' && data.exceptional === true) {
    return t('complaintCase.timeline.WithdrawalRequestedExceptional', values);
  }
  // final because nobody asked in time, or because its reconsideration was decided: two different stories
  if (entry.type === 'RulingBecameFinal' && data.deadline === 'RECONSIDERATION') {
    return t('complaintCase.timeline.RulingBecameFinalUnused', values);
  }
  return t(`complaintCase.timeline.${entry.type}`, values);
}

/** The user text a step carries (a note, a rationale, a statement), shown beneath its sentence as plain text. */
export function entryText(entry: TimelineEntry): string | null {
  const data = entry.data ?? {};
  const value = data.note ?? data.rationale ?? data.statement;
  return typeof value === 'string' && value.trim() ? value : null;
}
