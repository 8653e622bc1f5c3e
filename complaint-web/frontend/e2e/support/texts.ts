import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

// The stories click what a person reads, in the language of the run: the app's own translation files give
// the words, so one story runs in Chinese and in English alike.
const LOCALES = resolve(HERE, '..', '..', 'src', 'locales');

export type Texts = (key: string, values?: Record<string, string | number>) => string;

export function textsFor(language: 'zh-CN' | 'en'): Texts {
  const all: Record<string, unknown> = {};
  for (const file of readdirSync(join(LOCALES, language))) {
    all[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8'));
  }
  return (key, values = {}) => {
    const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], all);
    if (typeof found !== 'string') throw new Error(`no text for ${key} in ${language}`);
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}
