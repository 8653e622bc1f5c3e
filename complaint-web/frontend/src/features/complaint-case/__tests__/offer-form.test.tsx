import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { OfferForm } from '../components/OfferForm';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

/** jsdom and antd are slow on a busy machine. */
const WAIT = { timeout: 8000 };

describe('the settlement offer form', { timeout: 30_000 }, () => {
  it('sends the amount entered in yuan as fen', async () => {
    const calls = stubFetch(() => ({ status: 201, body: { offerId: 'o-1' } }));
    const onDone = vi.fn();
    await renderWithProviders(<OfferForm complaintId="c-1" onDone={onDone} />);
    fireEvent.click(screen.getByRole('radio', { name: '部分退款' }));
    fireEvent.change(await screen.findByLabelText('金额（元）', undefined, WAIT), { target: { value: '129.5' } });
    fireEvent.change(screen.getByLabelText('方案说明'), { target: { value: '退一半' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), WAIT);
    expect(calls[0].url).toBe('/api/complaints/c-1/settlement-offers');
    expect(calls[0].method).toBe('POST');
    expect(calls[0].body).toEqual({ type: 'PARTIAL_REFUND', amountFen: 12950, note: '退一半' });
  });

  it('asks no amount for an exchange, and refuses an amount with three decimals', async () => {
    const calls = stubFetch(() => ({ status: 201, body: { offerId: 'o-2' } }));
    const onDone = vi.fn();
    await renderWithProviders(<OfferForm complaintId="c-1" onDone={onDone} />, 'en');
    fireEvent.click(screen.getByRole('radio', { name: 'Compensation' }));
    fireEvent.change(await screen.findByLabelText('Amount (yuan)', undefined, WAIT), { target: { value: '1.234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/at most two decimals/, undefined, WAIT)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Exchange' }));
    await waitFor(() => expect(screen.queryByLabelText('Amount (yuan)')).not.toBeInTheDocument(), WAIT);
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled(), WAIT);
    expect(calls[0].body).toEqual({ type: 'EXCHANGE' });
  });
});
