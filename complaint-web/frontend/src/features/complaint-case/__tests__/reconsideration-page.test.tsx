import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ComplaintDetail, Role } from '@/types/api';
import { ComplaintPage } from '../components/ComplaintPage';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

const WAIT = { timeout: 8000 };

/** A ruled complaint, its reconsideration window open. */
const RULED: ComplaintDetail = {
  complaintId: 'c-1', orderId: 'order-7', sellerId: 'seller-1', buyerId: 'buyer-1', category: 'QUALITY_PROBLEM',
  state: 'RULED', filedAt: '2026-03-01T08:00:00Z', updatedAt: '2026-03-02T09:00:00Z',
  nextDeadline: { kind: 'RECONSIDERATION', dueBy: '2099-03-09T09:00:00Z', party: 'BOTH_PARTIES' },
  openOffer: null, pendingWithdrawalRequest: null, withdrawalSuggestion: null, assignee: null, version: 12,
  withdrawalOptions: [], availableActions: ['REQUEST_RECONSIDERATION'],
  ruling: { outcome: 'BUYER_FAVOURED', remedy: { type: 'FULL_REFUND', amountFen: 12900 }, rationale: 'Cracked on arrival',
    ruledAt: '2026-03-02T09:00:00Z', final: false, reconsiderationDueBy: '2099-03-09T09:00:00Z', revised: false },
  reconsideration: null,
  timeline: [], evidence: [], offers: [],
};

/** Revised on reconsideration and final, as a party reads it: no staff ids. */
const REVISED: ComplaintDetail = {
  ...RULED, nextDeadline: null, availableActions: [], version: 16,
  ruling: { outcome: 'PARTIALLY_FAVOURED', remedy: { type: 'PARTIAL_REFUND', amountFen: 5000 }, rationale: 'Packed well; half the price',
    ruledAt: '2026-03-04T09:00:00Z', final: true, reconsiderationDueBy: null, revised: true },
  reconsideration: {
    requestedBy: { role: 'SELLER', id: 'seller-1' }, statement: 'The courier signed for an intact parcel',
    evidence: [{ kind: 'LOGISTICS', reference: 'https://courier.example/pod/1', description: 'proof of delivery' }],
    requestedAt: '2026-03-03T09:00:00Z',
    decision: { upheld: false, outcome: 'PARTIALLY_FAVOURED', remedy: { type: 'PARTIAL_REFUND', amountFen: 5000 },
      rationale: 'Packed well; half the price', decidedAt: '2026-03-04T09:00:00Z' },
  },
};

function serve(detail: ComplaintDetail, username: string, role: Role) {
  stubFetch(({ url }) => (url === '/auth/me' ? { status: 200, body: { username, roles: [role] } } : { status: 200, body: detail }));
}

describe('the complaint page around a reconsideration', { timeout: 30_000 }, () => {
  it('tells a party until when the ruling may be reconsidered and offers to ask', async () => {
    serve(RULED, 'seller-1', 'SELLER');
    await renderWithProviders(<ComplaintPage complaintId="c-1" />, 'en');
    const ruling = within(await screen.findByRole('region', { name: 'Ruling' }, WAIT));
    expect(ruling.getByText(/May be reconsidered until Mar 9, 2099/)).toBeInTheDocument();
    expect(ruling.getByTestId('countdown')).toHaveTextContent(/left/);
    expect(ruling.queryByText('Revised on reconsideration')).not.toBeInTheDocument();
    expect(screen.getAllByText(/Reconsideration window/).length).toBeGreaterThan(0);
    const actions = within(screen.getByRole('region', { name: 'What you can do' }));
    expect(actions.getAllByRole('button').map((button) => button.textContent)).toEqual(['Request reconsideration']);
    expect(screen.queryByRole('region', { name: 'Reconsideration' })).not.toBeInTheDocument();
  });

  it('shows the buyer the revised, final ruling and the decision, given by the platform', async () => {
    serve(REVISED, 'buyer-1', 'BUYER');
    await renderWithProviders(<ComplaintPage complaintId="c-1" />);
    const ruling = within(await screen.findByRole('region', { name: '裁决结果' }, WAIT));
    expect(ruling.getByText('部分支持买家')).toBeInTheDocument();
    expect(ruling.getByText('复核后已变更')).toBeInTheDocument();
    expect(ruling.getByText('已终局，不能再申请复核')).toBeInTheDocument();
    const region = screen.getByRole('region', { name: '裁决复核' });
    const panel = within(region);
    expect(panel.getByText(/卖家 seller-1 于 .* 申请复核/)).toBeInTheDocument();
    expect(panel.getByText('The courier signed for an intact parcel')).toBeInTheDocument();
    expect(panel.getByRole('link', { name: 'https://courier.example/pod/1' })).toBeInTheDocument();
    expect(panel.getByText('复核决定：变更裁决')).toBeInTheDocument();
    expect(panel.getByText('平台')).toBeInTheDocument();
    expect(region).toHaveTextContent('部分退款 ¥50.00');
    expect(screen.queryByRole('button', { name: '申请复核' })).not.toBeInTheDocument();
  });

  it('shows staff a pending reconsideration under way, who has it, and the decision button for its arbitrator', async () => {
    const pending: ComplaintDetail = {
      ...RULED, nextDeadline: null, assignee: 'arbiter-2', availableActions: ['DECIDE_RECONSIDERATION', 'RELEASE'],
      ruling: { ...RULED.ruling!, ruledBy: 'arbiter-1', reconsiderationDueBy: null },
      reconsideration: { ...REVISED.reconsideration!, assignee: 'arbiter-2', decision: null },
    };
    serve(pending, 'arbiter-2', 'ARBITRATOR');
    await renderWithProviders(<ComplaintPage complaintId="c-1" />, 'en');
    const ruling = within(await screen.findByRole('region', { name: 'Ruling' }, WAIT));
    expect(ruling.getByText('Under reconsideration; the ruling stands until it is decided')).toBeInTheDocument();
    const panel = within(screen.getByRole('region', { name: 'Reconsideration' }));
    expect(panel.getByText('Awaiting a decision')).toBeInTheDocument();
    expect(panel.getByText('Taken by Arbitrator arbiter-2')).toBeInTheDocument();
    const actions = within(screen.getByRole('region', { name: 'What you can do' }));
    expect(actions.getAllByRole('button').map((button) => button.textContent)).toEqual(['Decide reconsideration', 'Release the case']);
  });
});
