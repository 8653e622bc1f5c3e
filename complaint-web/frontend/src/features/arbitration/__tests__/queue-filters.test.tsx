import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ArbitrationQueueEntry } from '@/types/api';
import { ArbitrationWorkbench } from '../components/ArbitrationWorkbench';
import { readQueueView, toApiFilters } from '../components/use-queue-filters';

const ENTRY: ArbitrationQueueEntry = {
  complaintId: '7d1c6a3e-0000-4000-8000-000000000001',
  kind: 'INTERVENTION',
  category: 'QUALITY_PROBLEM',
  orderId: 'ORDER-42',
  sellerId: 'seller-1',
  buyerId: 'buyer-1',
  since: '2026-01-01T08:00:00Z',
  interventionReason: 'SELLER_NO_RESPONSE',
  assignee: null,
  evidenceDueBy: null,
  pendingWithdrawalRequest: null,
  state: 'PLATFORM_INTERVENED',
  availableActions: ['TAKE'],
  version: 2,
};

let queueUrls: string[] = [];

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  queueUrls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.startsWith('/auth/me')) return json({ username: 'arbiter-1', roles: ['ARBITRATOR'] });
      if (url.startsWith('/api/arbitration/queue')) {
        queueUrls.push(url);
        return json({ items: [ENTRY], page: 0, size: 20, totalItems: 1 });
      }
      return new Response('{}', { status: 404 });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

const lastQuery = () => new URLSearchParams(queueUrls[queueUrls.length - 1].split('?')[1] ?? '');

describe('the arbitration queue filters', () => {
  it('asks for the whole queue, oldest first, with no filter set', async () => {
    await renderWithProviders(<ArbitrationWorkbench />);
    expect(await screen.findByText('ORDER-42')).toBeInTheDocument();
    expect(queueUrls[0]).toBe('/api/arbitration/queue?page=0&size=20');
  });

  it('builds the query string from unassigned, mine, category and kind', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await renderWithProviders(<ArbitrationWorkbench />);
    await screen.findByText('ORDER-42');

    await user.click(screen.getByRole('radio', { name: '未分配' }));
    await waitFor(() => expect(lastQuery().get('unassigned')).toBe('true'));
    expect(lastQuery().has('assignee')).toBe(false);

    await user.click(screen.getByRole('radio', { name: '我的案件' }));
    await waitFor(() => expect(lastQuery().get('assignee')).toBe('arbiter-1'));
    expect(lastQuery().has('unassigned')).toBe(false);

    await user.click(screen.getByRole('combobox', { name: '投诉类别' }));
    await user.click(await screen.findByTitle('虚假宣传'));
    await waitFor(() => expect(lastQuery().get('category')).toBe('FALSE_ADVERTISING'));

    await user.click(screen.getByRole('combobox', { name: '案件类型' }));
    await user.click(await screen.findByTitle('撤销申请审核'));
    await waitFor(() => expect(lastQuery().get('kind')).toBe('WITHDRAWAL_REVIEW'));
    expect(Object.fromEntries(lastQuery())).toEqual({
      assignee: 'arbiter-1',
      category: 'FALSE_ADVERTISING',
      kind: 'WITHDRAWAL_REVIEW',
      page: '0',
      size: '20',
    });
  }, 20_000);

  it('shows the take-the-case button only where the entry offers TAKE, in English too', async () => {
    await renderWithProviders(<ArbitrationWorkbench />, 'en');
    const row = (await screen.findByText('ORDER-42')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('button', { name: /Take the case/ })).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: /Open/ })).toHaveAttribute('href', `/complaints/${ENTRY.complaintId}`);
  });

  it('reads the filters from the URL and turns pages into the API\'s 0-based ones', () => {
    const view = readQueueView(new URLSearchParams('assignment=unassigned&category=PRICE_FRAUD&kind=bogus&page=3'));
    expect(view).toEqual({ assignment: 'unassigned', category: 'PRICE_FRAUD', kind: undefined, page: 3 });
    expect(toApiFilters(view, 'arbiter-2')).toEqual({
      assignee: undefined,
      unassigned: true,
      category: 'PRICE_FRAUD',
      kind: undefined,
      page: 2,
      size: 20,
    });
  });
});
