import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ProcessorStatus } from '@/types/ops';
import { OperationsPage } from '../components/OperationsPage';
import { ProcessorsTable } from '../components/ProcessorsTable';

const REBUILDING: ProcessorStatus = {
  name: 'my-complaints',
  state: 'RUNNING',
  position: 400,
  head: 1000,
  lag: 600,
  replaying: true,
  progress: 0.4,
  segments: {
    claimed: 2,
    total: 2,
    bySegment: [
      { segment: 0, owner: 'query-a', position: 400, claimedHere: true },
      { segment: 1, owner: 'query-b', position: 420, claimedHere: false },
    ],
  },
  instances: ['query-a', 'query-b'],
  thisInstance: { nodeId: 'query-a', claimedSegments: 1, eventsHandled: 400 },
  activeTables: 'PRIMARY',
  rebuild: { into: 'SHADOW', targetPosition: 1000, startedAt: '2026-01-01T08:00:00Z' },
};

const IDLE: ProcessorStatus = {
  ...REBUILDING,
  name: 'shop-complaints',
  position: 1000,
  lag: 0,
  replaying: false,
  progress: null,
  rebuild: null,
};

let requests: { method: string; url: string }[] = [];

beforeEach(() => {
  requests = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      requests.push({ method: init?.method ?? 'GET', url });
      const json = (status: number, body: unknown) =>
        new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
      if (url === '/api/ops/processors') return json(200, [REBUILDING, IDLE]);
      if (url === '/api/ops/dead-letters') return json(200, []);
      if (url.endsWith('/rebuild')) return json(409, { status: 409, code: 'REBUILD_IN_PROGRESS', detail: 'already' });
      return json(404, {});
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

describe('the processors table', () => {
  it('shows position, lag and the rebuild progress of each processor', async () => {
    await renderWithProviders(<ProcessorsTable processors={[REBUILDING, IDLE]} loading={false} onRebuild={() => {}} rebuilding={null} />);
    const rebuilding = screen.getByText('my-complaints').closest('tr') as HTMLElement;
    expect(within(rebuilding).getByTestId('lag-my-complaints')).toHaveTextContent('600 个事件');
    expect(within(rebuilding).getByTestId('position-my-complaints')).toHaveTextContent('400 / 1000');
    const progress = within(rebuilding).getByRole('progressbar');
    expect(progress).toHaveAttribute('aria-valuenow', '40');
    expect(within(rebuilding).getByText('40%')).toBeInTheDocument();
    expect(within(rebuilding).getByText(/正在重建到影子表/)).toBeInTheDocument();
    expect(within(rebuilding).getByText(/query-b/)).toBeInTheDocument();

    const idle = screen.getByText('shop-complaints').closest('tr') as HTMLElement;
    expect(within(idle).getByTestId('lag-shop-complaints')).toHaveTextContent('0 个事件');
    expect(within(idle).queryByRole('progressbar')).toBeNull();
  });

  it('shows lag in English', async () => {
    await renderWithProviders(<ProcessorsTable processors={[REBUILDING]} loading={false} onRebuild={() => {}} rebuilding={null} />, 'en');
    expect(screen.getByTestId('lag-my-complaints')).toHaveTextContent('600 events');
    expect(screen.getByRole('button', { name: /Rebuild my-complaints/ })).toBeDisabled();
  });

  it('asks for confirmation before a rebuild and words a 409', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await renderWithProviders(<OperationsPage />, 'en');
    const idle = (await screen.findByText('shop-complaints')).closest('tr') as HTMLElement;
    await user.click(within(idle).getByRole('button', { name: /Rebuild/ }));
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await user.click(await screen.findByRole('button', { name: 'Rebuild now' }));
    await waitFor(() =>
      expect(requests).toContainEqual({ method: 'POST', url: '/api/ops/processors/shop-complaints/rebuild' }),
    );
    expect(await screen.findByText('This read model is already being rebuilt.')).toBeInTheDocument();
    // the reconciliation is a heavy scan: never asked for by itself
    expect(requests.some((request) => request.url.includes('reconciliation'))).toBe(false);
  }, 20_000);
});
