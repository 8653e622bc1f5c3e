// One translation file per language and feature (src/locales/<language>/<feature>.json); each file's keys
// live under the feature's name, so a key reads `myComplaints.columns.state` wherever it is used.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'complaints.language';

const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { eager: true, import: 'default' });

/** resources[language].translation[feature] = that file's keys. */
export function resourcesOf(loaded: Record<string, Record<string, unknown>>) {
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const [path, keys] of Object.entries(loaded)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, feature] = match;
    resources[language] ??= { translation: {} };
    resources[language].translation[feature] = keys;
  }
  return resources;
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

void i18n.use(initReactI18next).init({
  resources: resourcesOf(files),
  lng: initialLanguage(storedLanguage(), typeof navigator === 'undefined' ? [] : navigator.languages),
  fallbackLng: false,
  interpolation: { escapeValue: false }, // React escapes; user text is never rendered as HTML
  returnNull: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;

export default i18n;
