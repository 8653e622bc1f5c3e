import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ArbitrationQueueEntry } from '@/types/api';
import { ArbitrationWorkbench } from '../components/ArbitrationWorkbench';

/** A ruled case a party asked to reconsider: back in the queue, free to take for anyone but the one who ruled. */
const ENTRY: ArbitrationQueueEntry = {
  complaintId: '7d1c6a3e-0000-4000-8000-000000000009',
  kind: 'RECONSIDERATION',
  category: 'QUALITY_PROBLEM',
  orderId: 'ORDER-R',
  sellerId: 'seller-1',
  buyerId: 'buyer-1',
  since: '2026-01-03T08:00:00Z',
  interventionReason: 'REQUESTED_BY_BUYER',
  assignee: null,
  evidenceDueBy: null,
  pendingWithdrawalRequest: null,
  state: 'RULED',
  availableActions: ['TAKE'],
  version: 14,
};

let queueUrls: string[] = [];

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  queueUrls = [];
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.startsWith('/auth/me')) return json({ username: 'arbiter-2', roles: ['ARBITRATOR'] });
    if (url.startsWith('/api/arbitration/queue')) {
      queueUrls.push(url);
      return json({ items: [ENTRY], page: 0, size: 20, totalItems: 1 });
    }
    return new Response('{}', { status: 404 });
  }));
});

afterEach(() => vi.unstubAllGlobals());

describe('reconsiderations in the arbitration queue', () => {
  it('labels the entry and offers to take it', async () => {
    await renderWithProviders(<ArbitrationWorkbench />, 'en');
    const row = (await screen.findByText('ORDER-R')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Reconsideration')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Take the case ORDER-R' })).toBeInTheDocument();
  });

  it('filters the queue by the kind, in Chinese', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await renderWithProviders(<ArbitrationWorkbench />);
    await screen.findByText('ORDER-R');
    await user.click(screen.getByRole('combobox', { name: '案件类型' }));
    await user.click(await screen.findByTitle('裁决复核'));
    await waitFor(() => expect(new URLSearchParams(queueUrls[queueUrls.length - 1].split('?')[1]).get('kind')).toBe('RECONSIDERATION'));
  }, 20_000);
});
