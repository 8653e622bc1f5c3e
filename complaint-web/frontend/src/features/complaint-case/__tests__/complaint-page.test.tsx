import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ComplaintDetail } from '@/types/api';
import { ComplaintPage } from '../components/ComplaintPage';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

const WAIT = { timeout: 8000 };

/** The detail as an older server sends it: none of the optional fields. */
const DETAIL: ComplaintDetail = {
  complaintId: 'c-1', orderId: 'order-7', sellerId: 'seller-1', buyerId: 'buyer-1', category: 'QUALITY_PROBLEM',
  state: 'NEGOTIATING', filedAt: '2026-03-01T08:00:00Z', updatedAt: '2026-03-01T09:00:00Z',
  nextDeadline: { kind: 'NEGOTIATION', dueBy: '2099-03-08T09:00:00Z', party: 'BOTH_PARTIES' },
  openOffer: { offerId: 'o-1', type: 'FULL_REFUND', amountFen: 9900 }, pendingWithdrawalRequest: null,
  withdrawalSuggestion: null, assignee: null, version: 3,
  withdrawalOptions: [{ reason: 'SETTLED', mode: 'DIRECT', noteRequired: true, newEvidenceRequired: false }],
  availableActions: ['ACCEPT_OFFER', 'DECLINE_OFFER', 'WITHDRAW', 'ADD_EVIDENCE'],
  timeline: [], evidence: [{ kind: 'PHOTO', reference: 'javascript:alert(1)', description: '<img src=x>', submittedBy: { role: 'BUYER', id: 'buyer-1' }, submittedAt: '2026-03-01T08:00:00Z' }],
  offers: [],
};

describe('the complaint page', { timeout: 30_000 }, () => {
  it('shows the case with one h1, h2 sections, and exactly the offered actions', async () => {
    stubFetch(({ url }) =>
      url === '/auth/me' ? { status: 200, body: { username: 'buyer-1', roles: ['BUYER'] } } : { status: 200, body: DETAIL });
    await renderWithProviders(<ComplaintPage complaintId="c-1" />);
    expect(await screen.findByRole('heading', { level: 1 }, WAIT)).toHaveTextContent('投诉详情 · 订单 order-7');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2, name: '处理记录' })).toBeInTheDocument();
    const actions = within(screen.getByRole('region', { name: '可进行的操作' }));
    expect(actions.getAllByRole('button').map((button) => button.textContent)).toEqual(['接受方案', '拒绝方案', '补充证据', '撤销投诉']);
    expect(screen.queryByRole('button', { name: '申请平台介入' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).not.toBeInTheDocument();
    expect(screen.getByText('<img src=x>')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '查看审计记录' })).not.toBeInTheDocument();
  });

  it("offers the buyer of an agreed settlement to withdraw or report it unfulfilled, with the seller's deadline", async () => {
    const agreed: ComplaintDetail = {
      ...DETAIL, openOffer: null,
      nextDeadline: { kind: 'SETTLEMENT_FULFILMENT', dueBy: '2099-03-08T09:00:00Z', party: 'SELLER' },
      withdrawalOptions: [{ reason: 'SETTLED', mode: 'DIRECT', noteRequired: false, newEvidenceRequired: false }],
      availableActions: ['ADD_EVIDENCE', 'WITHDRAW', 'REPORT_SETTLEMENT_UNFULFILLED'],
    };
    stubFetch(({ url }) =>
      url === '/auth/me' ? { status: 200, body: { username: 'buyer-1', roles: ['BUYER'] } } : { status: 200, body: agreed });
    await renderWithProviders(<ComplaintPage complaintId="c-1" />, 'en');
    const actions = within(await screen.findByRole('region', { name: 'What you can do' }, WAIT));
    expect(actions.getAllByRole('button').map((button) => button.textContent))
      .toEqual(['Add evidence', 'Report the settlement unfulfilled', 'Withdraw the complaint']);
    expect(screen.getAllByText(/Settlement fulfilment/).length).toBeGreaterThan(0);
  });

  it('shows a complaint closed as settled with its state and no actions', async () => {
    const settled: ComplaintDetail = { ...DETAIL, state: 'SETTLED', openOffer: null, nextDeadline: null,
      withdrawalOptions: [], availableActions: [] };
    stubFetch(({ url }) =>
      url === '/auth/me' ? { status: 200, body: { username: 'buyer-1', roles: ['BUYER'] } } : { status: 200, body: settled });
    await renderWithProviders(<ComplaintPage complaintId="c-1" />);
    expect(await screen.findByRole('heading', { level: 1 }, WAIT)).toBeInTheDocument();
    expect(screen.getAllByText('和解结案').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: '撤销投诉' })).not.toBeInTheDocument();
  });
});
