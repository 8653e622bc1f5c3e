import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ReconsiderationView, RulingView } from '@/types/api';
import { DecideReconsiderationForm } from '../components/DecideReconsiderationForm';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

/** jsdom and antd are slow on a busy machine. */
const WAIT = { timeout: 8000 };

const REQUEST: ReconsiderationView = {
  requestedBy: { role: 'SELLER', id: 'seller-1' },
  statement: 'The courier signed for an intact parcel',
  evidence: [{ kind: 'LOGISTICS', reference: 'https://courier.example/pod/1', description: 'proof of delivery' }],
  requestedAt: '2026-03-02T08:00:00Z',
  assignee: 'arbiter-2',
  decision: null,
};

const RULING: RulingView = { outcome: 'BUYER_FAVOURED', remedy: { type: 'FULL_REFUND', amountFen: 12900 }, rationale: 'Cracked',
  ruledAt: '2026-03-01T08:00:00Z', final: false, reconsiderationDueBy: '2026-03-08T08:00:00Z', revised: false };

describe('the decide-reconsideration form', { timeout: 30_000 }, () => {
  it('shows the request, then upholds the ruling with a note on the version shown', async () => {
    const calls = stubFetch(() => ({ status: 200, headers: { 'X-Event-Position': '30' } }));
    const onDone = vi.fn();
    await renderWithProviders(
      <DecideReconsiderationForm complaintId="c-1" onDone={onDone} ruling={RULING} reconsideration={REQUEST} version={9} onReload={() => {}} />, 'en');
    expect(screen.getByText("The ruling reconsidered: In the buyer's favour; remedy: Full refund ¥129.00")).toBeInTheDocument();
    expect(screen.getByText('The courier signed for an intact parcel')).toBeInTheDocument();
    expect(screen.getByText(/Seller seller-1 asked for a reconsideration on/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'https://courier.example/pod/1' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Choose to uphold or revise the ruling', undefined, WAIT)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('radio', { name: 'Uphold the ruling' }));
    fireEvent.change(await screen.findByLabelText('Why the ruling stands', undefined, WAIT), { target: { value: 'The new record changes nothing' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('The ruling was upheld; it is now final.'), WAIT);
    expect(calls[0].url).toBe('/api/complaints/c-1/reconsideration/decision');
    expect(calls[0].headers.get('If-Match')).toBe('9');
    expect(calls[0].body).toEqual({ uphold: true, note: 'The new record changes nothing' });
  });

  it("revises the ruling with the ruling form's fields, in Chinese", async () => {
    const calls = stubFetch(() => ({ status: 200 }));
    const onDone = vi.fn();
    await renderWithProviders(
      <DecideReconsiderationForm complaintId="c-1" onDone={onDone} ruling={RULING} reconsideration={REQUEST} version={9} onReload={() => {}} />);
    fireEvent.click(screen.getByRole('radio', { name: '变更裁决' }));
    fireEvent.click(await screen.findByRole('radio', { name: '部分支持买家' }, WAIT));
    fireEvent.click(screen.getByRole('radio', { name: '部分退款' }));
    fireEvent.change(await screen.findByLabelText('金额（元）', undefined, WAIT), { target: { value: '30.5' } });
    fireEvent.change(screen.getByLabelText('裁决理由'), { target: { value: '签收记录表明外包装完好' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('裁决已变更，变更后的裁决为终局裁决。'), WAIT);
    expect(calls[0].body).toEqual({
      uphold: false, outcome: 'PARTIALLY_FAVOURED', remedy: { type: 'PARTIAL_REFUND', amountFen: 3050 }, rationale: '签收记录表明外包装完好',
    });
  });

  it('explains a stale version and the ruling arbitrator refused, each in words', async () => {
    let code = 'CONCURRENT_MODIFICATION';
    stubFetch(() => ({ status: 409, body: { status: 409, code } }));
    const onReload = vi.fn();
    await renderWithProviders(
      <DecideReconsiderationForm complaintId="c-1" onDone={() => {}} ruling={null} reconsideration={REQUEST} version={4} onReload={onReload} />, 'en');
    fireEvent.click(screen.getByRole('radio', { name: 'Uphold the ruling' }));
    fireEvent.change(await screen.findByLabelText('Why the ruling stands', undefined, WAIT), { target: { value: 'Stands' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('The case changed after you looked at it; the decision was not sent.', undefined, WAIT)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Load the latest case' }));
    expect(onReload).toHaveBeenCalled();

    code = 'RULING_ARBITRATOR_MAY_NOT_RECONSIDER';
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('The arbitrator who ruled can neither take nor decide its reconsideration; another arbitrator must.',
      undefined, WAIT)).toBeInTheDocument();
  });
});
