import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mediaQueryList } from '@/testing/media';
import { renderWithProviders } from '@/testing/render';
import type { ComplaintSummary } from '@/types/api';
import { ComplaintSummaryTable, type ComplaintSummaryLabels } from '../ComplaintSummaryTable';

// antd in jsdom is slow when the whole suite runs at once
vi.setConfig({ testTimeout: 20_000 });

const NOW = Date.parse('2026-12-01T08:00:00Z');

const complaint: ComplaintSummary = {
  complaintId: 'c-42',
  orderId: 'order-1001',
  sellerId: 'seller-1',
  buyerId: 'buyer-1',
  category: 'QUALITY_PROBLEM',
  state: 'NEGOTIATING',
  filedAt: '2026-11-30T08:00:00Z',
  updatedAt: '2026-12-01T07:00:00Z',
  nextDeadline: { kind: 'NEGOTIATION', dueBy: '2026-12-01T10:03:00Z', party: 'BUYER' },
  openOffer: { offerId: 'o-1', type: 'FULL_REFUND', amountFen: 12900 },
  pendingWithdrawalRequest: null,
  withdrawalSuggestion: null,
  assignee: null,
  withdrawalOptions: [],
  availableActions: [],
  version: 3,
};

const labels: ComplaintSummaryLabels = {
  list: 'list',
  state: 'col-state',
  category: 'col-category',
  order: 'col-order',
  counterparty: 'col-seller',
  filedAt: 'col-filed',
  updatedAt: 'col-updated',
  nextDeadline: 'col-deadline',
  openOffer: 'col-offer',
  empty: 'nothing here',
};

/** antd's Grid.useBreakpoint asks matchMedia: a wide screen matches every min-width query. */
function screenWidth(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, Number(/min-width:\s*(\d+)px/.exec(query)?.[1] ?? Infinity) <= width),
  );
}

describe('ComplaintSummaryTable', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('shows the state, whose deadline it is and a live countdown in Chinese (wide table)', async () => {
    screenWidth(1280);
    await renderWithProviders(<ComplaintSummaryTable items={[complaint]} counterparty="seller" labels={labels} />, 'zh-CN');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.getByText('协商中')).toBeInTheDocument();
    expect(screen.getByText('商品质量问题')).toBeInTheDocument();
    expect(screen.getByText(/协商期 · 等待买家/)).toBeInTheDocument();
    expect(screen.getByTestId('countdown')).toHaveTextContent('剩余 2小时3分0秒');
    expect(screen.getByText('¥129.00')).toBeInTheDocument();
    expect(screen.getByText('seller-1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'order-1001' })).toHaveAttribute('href', '/complaints/c-42');
  });

  it('says the same in English', async () => {
    screenWidth(1280);
    await renderWithProviders(<ComplaintSummaryTable items={[complaint]} counterparty="buyer" labels={labels} />, 'en');
    expect(screen.getByText('Negotiating')).toBeInTheDocument();
    expect(screen.getByText('Quality problem')).toBeInTheDocument();
    expect(screen.getByText(/Negotiation · waiting for the buyer/)).toBeInTheDocument();
    expect(screen.getByTestId('countdown')).toHaveTextContent('2 h 3 min 0 s left');
    expect(screen.getByText('buyer-1')).toBeInTheDocument();
  });

  it('shows an overdue deadline as overdue', async () => {
    screenWidth(1280);
    const overdue = { ...complaint, nextDeadline: { kind: 'SELLER_RESPONSE' as const, dueBy: '2026-12-01T07:30:00Z', party: 'SELLER' as const } };
    await renderWithProviders(<ComplaintSummaryTable items={[overdue]} counterparty="seller" labels={labels} />, 'zh-CN');
    expect(screen.getByTestId('countdown')).toHaveTextContent('已超时 0小时30分0秒');
  });

  it('is a list of cards on a phone, each linking to its complaint', async () => {
    screenWidth(375);
    await renderWithProviders(<ComplaintSummaryTable items={[complaint]} counterparty="seller" labels={labels} />, 'zh-CN');
    const list = await screen.findByRole('region', { name: 'list' }); // the cards' code loads on a phone only
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const item = within(list).getAllByRole('listitem')[0];
    expect(within(item).getByRole('link', { name: 'order-1001' })).toHaveAttribute('href', '/complaints/c-42');
    expect(within(item).getByText('协商中')).toBeInTheDocument();
    expect(within(item).getByTestId('countdown')).toHaveTextContent('剩余 2小时3分0秒');
  });

  it('says so when there is nothing to list', async () => {
    screenWidth(1280);
    await renderWithProviders(<ComplaintSummaryTable items={[]} counterparty="seller" labels={labels} />, 'zh-CN');
    expect(screen.getByText('nothing here')).toBeInTheDocument();
  });
});
