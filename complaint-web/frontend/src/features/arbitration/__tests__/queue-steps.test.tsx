import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { Action, ArbitrationQueueEntry, Role } from '@/types/api';
import { ArbitrationWorkbench } from '../components/ArbitrationWorkbench';

const entry = (orderId: string, assignee: string | null, actions: Action[], overdue = false): ArbitrationQueueEntry => ({
  complaintId: `7d1c6a3e-0000-4000-8000-00000000000${orderId.length}`,
  kind: 'INTERVENTION',
  category: 'QUALITY_PROBLEM',
  orderId,
  sellerId: 'seller-1',
  buyerId: 'buyer-1',
  since: '2026-01-01T08:00:00Z',
  interventionReason: 'SELLER_NO_RESPONSE',
  assignee,
  evidenceDueBy: null,
  pendingWithdrawalRequest: null,
  state: 'PLATFORM_INTERVENED',
  availableActions: actions,
  version: 2,
  assignmentDueBy: assignee ? null : '2026-01-02T08:00:00Z',
  overdue,
});

const posts: { url: string; body: unknown }[] = [];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function serve(username: string, role: Role, items: ArbitrationQueueEntry[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      if (url.startsWith('/auth/me')) return json({ username, roles: [role] });
      if (url.startsWith('/auth/options')) {
        return json({ mode: 'demo', accounts: [{ username: 'arbiter-1', role: 'ARBITRATOR' },
          { username: 'arbiter-2', role: 'ARBITRATOR' }, { username: 'lead-1', role: 'SUPERVISOR' }] });
      }
      if (url.startsWith('/api/arbitration/queue')) return json({ items, page: 0, size: 20, totalItems: items.length });
      if (init?.method === 'POST') {
        posts.push({ url, body: init.body ? JSON.parse(String(init.body)) : null });
        return new Response(null, { status: 202, headers: { 'X-Event-Position': '42' } });
      }
      return new Response('{}', { status: 404 });
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  posts.length = 0;
});

const rowOf = async (orderId: string) => (await screen.findByText(orderId)).closest('tr') as HTMLElement;

describe('the queue offers exactly the steps the server lists', () => {
  it('offers no take-over of a colleague\'s case, and the assignee releases their own', async () => {
    serve('arbiter-1', 'ARBITRATOR', [entry('ORDER-A', 'arbiter-2', []), entry('ORDER-BB', 'arbiter-1', ['RELEASE'])]);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await renderWithProviders(<ArbitrationWorkbench />, 'en');

    expect(within(await rowOf('ORDER-A')).queryByRole('button')).toBeNull();
    await user.click(within(await rowOf('ORDER-BB')).getByRole('button', { name: /Release the case ORDER-BB/ }));

    await waitFor(() => expect(posts.map((post) => post.url)).toEqual([
      `/api/complaints/${entry('ORDER-BB', null, []).complaintId}/assignment/release`]));
    expect(await screen.findByText('The case is back in the queue.')).toBeInTheDocument();
  });

  it('marks a case that waited too long without an arbitrator as overdue', async () => {
    serve('arbiter-1', 'ARBITRATOR', [entry('ORDER-A', null, ['TAKE'], true), entry('ORDER-BB', null, ['TAKE'])]);
    await renderWithProviders(<ArbitrationWorkbench />);

    expect(within(await rowOf('ORDER-A')).getByText('已超时')).toBeInTheDocument();
    expect(within(await rowOf('ORDER-BB')).queryByText('已超时')).toBeNull();
  });

  it('lets the supervisor hand a case to an arbitrator they pick', async () => {
    serve('lead-1', 'SUPERVISOR', [entry('ORDER-A', 'arbiter-1', ['REASSIGN'], false)]);
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await renderWithProviders(<ArbitrationWorkbench />, 'en');

    const row = await rowOf('ORDER-A');
    expect(within(row).queryByRole('button', { name: /Take the case/ })).toBeNull();
    await user.click(within(row).getByRole('button', { name: /Reassign ORDER-A/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: 'Arbitrator' }), 'arbiter-2');
    await user.click(within(dialog).getByRole('button', { name: 'Reassign' }));

    await waitFor(() => expect(posts).toEqual([{ url: `/api/complaints/${entry('ORDER-A', null, []).complaintId}/assignment`,
      body: { arbitratorId: 'arbiter-2' } }]));
    expect(await screen.findByText('The case was handed to arbiter-2.')).toBeInTheDocument();
  }, 20_000);
});
