// One translation file per language and feature (src/locales/<language>/<feature>.json); each file's keys
// live under the feature's name, so a key reads `myComplaints.columns.state` wherever it is used.
// A reader downloads only their own language: each language's files, with antd's and dayjs's texts for it,
// make one pack (language-packs/<language>.ts) that i18next loads when the language is first used.
import i18n, { type BackendModule } from 'i18next';
import type { Locale } from 'antd/es/locale';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'complaints.language';

interface LanguagePack {
  translation: Record<string, unknown>;
  antd: Locale;
}

const PACKS: Record<Language, () => Promise<LanguagePack>> = {
  'zh-CN': () => import('./language-packs/zh-CN'),
  en: () => import('./language-packs/en'),
};

const antdLocales = new Map<string, Locale>();

/** antd's texts for a language whose pack has loaded (i18next switches language only once it has). */
export function antdLocaleOf(language: string): Locale | undefined {
  return antdLocales.get(language);
}

const languagePacks: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = PACKS[language as Language];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (pack) => {
        antdLocales.set(language, pack.antd);
        callback(null, pack.translation);
      },
      (error: Error) => callback(error, null),
    );
  },
};

/** Chinese unless the reader chose otherwise here, or their browser prefers English. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18n.changeLanguage(language);
}

/** Settles once the reader's language pack is loaded: the app renders after it, never showing raw keys. */
export const i18nReady: Promise<unknown> = i18n
  .use(languagePacks)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages),
    load: 'currentOnly', // 'zh-CN' only, not also 'zh'
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes; user text is never rendered as HTML
    returnNull: false,
  });

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

export default i18n;
