import { useSyncExternalStore } from 'react';

// antd's md breakpoint: below it the complaint lists are cards. Asked of matchMedia directly, so the very first
// render knows the answer; antd's Grid.useBreakpoint is empty until an effect has run, which rendered a long
// list twice (first as cards, then as the table).
const WIDE = '(min-width: 768px)';

function subscribe(notify: () => void): () => void {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
}

/** Whether the screen is at least antd's md breakpoint (768 px) wide; follows the window as it is resized. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches);
}
