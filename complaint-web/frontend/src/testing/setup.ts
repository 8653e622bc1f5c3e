import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { mediaQueryList } from './media';

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
