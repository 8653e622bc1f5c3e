import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { mediaQueryList } from './media';
import i18n, { i18nReady, LANGUAGES, loadMoreWords } from '@/lib/i18n';

afterEach(() => cleanup());

// antd reads these browser APIs that jsdom lacks
if (!window.matchMedia) {
  window.matchMedia = (query: string) => mediaQueryList(query, false);
}
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// Both languages, every page's words, loaded once: tests switch language (and ask i18n.exists) without
// waiting on imports
await i18nReady;
await loadMoreWords();
await i18n.loadLanguages([...LANGUAGES]);
