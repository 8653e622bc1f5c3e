import { describe, expect, it } from 'vitest';
import { pagesAround } from '../pages-around';

describe('pagesAround', () => {
  it('shows every page of a short list', () => {
    expect(pagesAround(1, 1, 2)).toEqual([1]);
    expect(pagesAround(2, 5, 2)).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves out the pages far from the current one, keeping the first and the last', () => {
    expect(pagesAround(5, 9, 1)).toEqual([1, null, 4, 5, 6, null, 9]);
    expect(pagesAround(50, 100, 0)).toEqual([1, null, 50, null, 100]);
  });

  it('shows a single left-out page rather than a gap', () => {
    expect(pagesAround(3, 9, 1)).toEqual([1, 2, 3, 4, null, 9]);
  });
});
