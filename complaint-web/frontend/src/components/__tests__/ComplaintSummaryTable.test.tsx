import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mediaQueryList } from '@/testing/media';
import { renderWithProviders } from '@/testing/render';
import type { ComplaintSummary } from '@/types/api';
import { ComplaintStateFilter, ComplaintSummaryTable, type ComplaintSummaryLabels } from '../ComplaintSummaryTable';

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

  it('pages: the current page is marked, the neighbours and a new page size are asked for', async () => {
    screenWidth(1280);
    const onChange = vi.fn();
    const paging = { current: 2, pageSize: 20, total: 95, onChange };
    await renderWithProviders(<ComplaintSummaryTable items={[complaint]} counterparty="seller" labels={labels} paging={paging} />, 'zh-CN');
    const pager = screen.getByRole('navigation', { name: '分页' });
    expect(within(pager).getByText('共 95 条')).toBeInTheDocument();
    expect(within(pager).getByRole('button', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page');
    expect(within(pager).getByRole('button', { name: '第 5 页' })).toBeInTheDocument();
    await userEvent.click(within(pager).getByRole('button', { name: '下一页' }));
    expect(onChange).toHaveBeenLastCalledWith(3, 20);
    await userEvent.click(within(pager).getByRole('button', { name: '上一页' }));
    expect(onChange).toHaveBeenLastCalledWith(1, 20);
    await userEvent.selectOptions(within(pager).getByLabelText('每页'), '50 条/页');
    expect(onChange).toHaveBeenLastCalledWith(1, 50);
  });

  it('filters by state, and "all" clears the filter', async () => {
    const onChange = vi.fn();
    await renderWithProviders(<ComplaintStateFilter value="RULED" onChange={onChange} label="状态" allLabel="全部" />, 'zh-CN');
    const select = screen.getByLabelText('状态');
    expect(select).toHaveValue('RULED');
    await userEvent.selectOptions(select, '协商中');
    expect(onChange).toHaveBeenLastCalledWith('NEGOTIATING');
    await userEvent.selectOptions(select, '全部');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});
