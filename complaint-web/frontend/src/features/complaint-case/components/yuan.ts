import type { TFunction } from 'i18next';
import { parseYuan } from '@/lib/format';

/** An amount in yuan: required, more than zero, at most two decimals. */
export function yuanRule(t: TFunction) {
  return {
    required: true,
    validator: async (_: unknown, value?: string) => {
      if (value == null || String(value).trim() === '') throw new Error(t('complaintCase.amount.required'));
      const fen = parseYuan(value);
      if (fen == null || fen <= 0) throw new Error(t('complaintCase.amount.invalid'));
    },
  };
}
