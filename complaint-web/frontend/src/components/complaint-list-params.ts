// The state filter and paging both complaint lists keep in the URL (?state=NEGOTIATING&page=2&size=20). No antd
// here: the router reads the same parameters to start a list's request before the table's code has loaded.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { COMPLAINT_STATES, type ComplaintState } from '@/types/api';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface ComplaintListParams {
  state: ComplaintState | undefined;
  /** 1-based, as in the URL and antd; the API's page is this minus one. */
  page: number;
  size: number;
}

function isState(value: string | null): value is ComplaintState {
  return value != null && (COMPLAINT_STATES as readonly string[]).includes(value);
}

function positiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value == null || !/^\d{1,9}$/.test(value)) return fallback;
  const number = Number(value);
  return number >= 1 && number <= max ? number : fallback;
}

/** The list's filter and page in a URL's query (bad values fall back to "all", page 1, 20 a page). */
export function complaintListParamsOf(search: URLSearchParams): ComplaintListParams {
  const stateParam = search.get('state');
  return {
    state: isState(stateParam) ? stateParam : undefined,
    page: positiveInt(search.get('page'), 1),
    size: positiveInt(search.get('size'), DEFAULT_PAGE_SIZE, 100),
  };
}

/** The list's filter and page from the URL; changes push history. */
export function useComplaintListParams(): [ComplaintListParams, (change: Partial<ComplaintListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = complaintListParamsOf(search);
  const update = useCallback(
    (change: Partial<ComplaintListParams>) => {
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        const apply = (key: string, value: string | number | undefined, omitWhen?: string | number) => {
          if (value === undefined || value === omitWhen) next.delete(key);
          else next.set(key, String(value));
        };
        if ('state' in change) {
          apply('state', change.state);
          next.delete('page'); // another filter starts at its first page
        }
        if ('size' in change) apply('size', change.size, DEFAULT_PAGE_SIZE);
        if ('page' in change) apply('page', change.page, 1);
        return next;
      });
    },
    [setSearch],
  );
  return [params, update];
}
