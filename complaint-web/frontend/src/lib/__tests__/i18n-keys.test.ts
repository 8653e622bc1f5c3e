import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every key exists in both languages, and every literal key the code asks for exists: a page never shows a
// raw key or English on a Chinese page.
const SRC = join(__dirname, '..', '..');
const LOCALES = join(SRC, 'locales');

function flatten(prefix: string, value: unknown, into: Set<string>) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner, into);
  } else {
    into.add(prefix);
  }
}

function keysOf(language: string): Set<string> {
  const keys = new Set<string>();
  for (const file of readdirSync(join(LOCALES, language))) {
    const feature = file.replace(/\.json$/, '');
    flatten(feature, JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')), keys);
  }
  return keys;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === 'locales' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  const zh = keysOf('zh-CN');
  const en = keysOf('en');

  it('has the same keys in Chinese and English', () => {
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !zh.has(key))).toEqual([]);
  });

  it('has every literal key the code uses, in both languages', () => {
    const used = new Set<string>();
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(match[1]);
      for (const match of text.matchAll(/\bkey: '([a-zA-Z0-9_]+\.[a-zA-Z0-9_.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !zh.has(key))).toEqual([]);
    expect([...used].filter((key) => !en.has(key))).toEqual([]);
  });

  it('has no value left empty', () => {
    const zhFiles = readdirSync(join(LOCALES, 'zh-CN'));
    const empty: string[] = [];
    for (const file of zhFiles) {
      const json = JSON.parse(readFileSync(join(LOCALES, 'zh-CN', file), 'utf8'));
      const walk = (prefix: string, value: unknown) => {
        if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
        else if (typeof value !== 'string' || value.trim() === '') empty.push(prefix);
      };
      walk(file, json);
    }
    expect(empty).toEqual([]);
  });
});
