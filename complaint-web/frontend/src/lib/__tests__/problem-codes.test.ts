import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { ApiError } from '@/lib/problem';
import { problemMessage } from '@/lib/problem-message';

// The codes reconsideration brought (complaint-api RuleCode): each has its own sentence in both languages, never
// the generic "the request failed (409 CODE)".
const CODES = ['RECONSIDERATION_ALREADY_USED', 'RECONSIDERATION_WINDOW_CLOSED', 'REQUEST_PENDING',
  'RULING_ARBITRATOR_MAY_NOT_RECONSIDER', 'NEW_EVIDENCE_REQUIRED'];

describe('the problem codes of a reconsideration', () => {
  it.each(['zh-CN', 'en'])('each reads as its own sentence in %s', (language) => {
    const t = i18n.getFixedT(language);
    const sentences = CODES.map((code) => problemMessage(t, new ApiError(409, { code })));
    for (const [index, sentence] of sentences.entries()) {
      expect(sentence, CODES[index]).not.toBe(t('errors.UNKNOWN', { status: 409, code: CODES[index] }));
      expect(sentence, CODES[index]).not.toMatch(/\{\{|errors\./);
    }
    expect(new Set(sentences).size).toBe(CODES.length);
  });
});
