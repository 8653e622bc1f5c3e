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

/** The words of the case, filing, arbitration, audit and operations pages: not needed by the lists. */
const MORE: Record<Language, () => Promise<{ translation: Record<string, unknown> }>> = {
  'zh-CN': () => import('./language-packs/zh-CN.more'),
  en: () => import('./language-packs/en.more'),
};

const antdLocales = new Map<string, Locale>();
/** Once a page has needed the further words, every language loaded afterwards brings them too. */
let moreWanted = false;
const moreLoaded = new Set<string>();

/** antd's texts for a language whose pack has loaded (i18next switches language only once it has). */
export function antdLocaleOf(language: string): Locale | undefined {
  return antdLocales.get(language);
}

async function wordsOf(language: Language): Promise<Record<string, unknown>> {
  const [pack, more] = await Promise.all([PACKS[language](), moreWanted ? MORE[language]() : undefined]);
  antdLocales.set(language, pack.antd);
  if (more) moreLoaded.add(language);
  return { ...pack.translation, ...more?.translation };
}

const languagePacks: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      callback(null, {});
      return;
    }
    wordsOf(language as Language).then(
      (translation) => callback(null, translation),
      (error: Error) => callback(error, null),
    );
  },
};

/**
 * The words of the pages beyond the lists and sign-in, in the current language (and in any language switched
 * to later). The routes of those pages wait for this with their code.
 */
export async function loadMoreWords(): Promise<void> {
  moreWanted = true;
  const language = i18n.language as Language;
  if (moreLoaded.has(language) || !MORE[language]) return;
  const more = await MORE[language]();
  i18n.addResourceBundle(language, 'translation', more.translation, true, true);
  moreLoaded.add(language);
}

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
