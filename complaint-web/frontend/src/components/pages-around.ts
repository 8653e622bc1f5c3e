/**
 * The page numbers a pager shows: the first, the last, and `spread` on each side of the current one; null where
 * pages are left out. pagesAround(5, 9, 1) → [1, null, 4, 5, 6, null, 9]; pagesAround(3, 9, 1) → [1, 2, 3, 4, null, 9].
 */
export function pagesAround(current: number, last: number, spread: number): (number | null)[] {
  const shown = new Set([1, last]);
  for (let page = current - spread; page <= current + spread; page++) if (page >= 1 && page <= last) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  // one page left out is shown itself: "…" would take as much room as the page's number
  return pages.flatMap((page, index) => {
    const gap = index > 0 ? page - pages[index - 1] : 1;
    return gap === 1 ? [page] : gap === 2 ? [page - 1, page] : [null, page];
  });
}
