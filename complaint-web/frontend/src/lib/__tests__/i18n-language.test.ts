import { describe, expect, it } from 'vitest';
import { initialLanguage } from '../i18n';

describe('the language a reader starts in', () => {
  it('is Chinese by default', () => expect(initialLanguage(null, [])).toBe('zh-CN'));
  it('is English when the browser prefers it', () => expect(initialLanguage(null, ['en-GB', 'zh'])).toBe('en'));
  it('is the reader\'s own choice once made', () => expect(initialLanguage('zh-CN', ['en-US'])).toBe('zh-CN'));
  it('ignores languages it has no words for', () => expect(initialLanguage(null, ['fr-FR', 'zh-TW'])).toBe('zh-CN'));
});
