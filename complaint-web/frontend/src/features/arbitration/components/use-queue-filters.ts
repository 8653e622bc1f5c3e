import { useSearchParams } from 'react-router';
import { CATEGORIES, type ComplaintCategory, type QueueEntryKind } from '@/types/api';
import type { QueueFilters } from '../api/get-queue';

export const QUEUE_KINDS: readonly QueueEntryKind[] = ['INTERVENTION', 'WITHDRAWAL_REVIEW', 'RECONSIDERATION'];
export type Assignment = 'all' | 'unassigned' | 'mine';
export const PAGE_SIZE = 20;

/** The workbench's filters as they stand in the URL: ?assignment=unassigned|mine&category=&kind=&page= (1-based). */
export interface QueueView {
  assignment: Assignment;
  category: ComplaintCategory | undefined;
  kind: QueueEntryKind | undefined;
  page: number;
}

export function readQueueView(params: URLSearchParams): QueueView {
  const assignment = params.get('assignment');
  const category = params.get('category');
  const kind = params.get('kind');
  const page = Number(params.get('page'));
  return {
    assignment: assignment === 'unassigned' || assignment === 'mine' ? assignment : 'all',
    category: (CATEGORIES as readonly string[]).includes(category ?? '') ? (category as ComplaintCategory) : undefined,
    kind: (QUEUE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as QueueEntryKind) : undefined,
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** What the API is asked: "mine" is the signed-in arbitrator as assignee; pages count from 0 there. */
export function toApiFilters(view: QueueView, username: string | undefined): QueueFilters {
  return {
    assignee: view.assignment === 'mine' ? username : undefined,
    unassigned: view.assignment === 'unassigned' ? true : undefined,
    category: view.category,
    kind: view.kind,
    page: view.page - 1,
    size: PAGE_SIZE,
  };
}

export function useQueueView() {
  const [params, setParams] = useSearchParams();
  const view = readQueueView(params);
  const update = (change: Partial<QueueView>) => {
    const next = { ...view, page: 1, ...change };
    const search = new URLSearchParams();
    if (next.assignment !== 'all') search.set('assignment', next.assignment);
    if (next.category) search.set('category', next.category);
    if (next.kind) search.set('kind', next.kind);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search, { replace: true });
  };
  return { view, update };
}
