import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { ComplaintDetail } from '@/types/api';
import { FulfilmentSection } from '../components/FulfilmentSection';

/** An accepted partial refund whose fulfilment window runs (only the fields the section reads). */
const AGREED = {
  nextDeadline: { kind: 'SETTLEMENT_FULFILMENT', dueBy: '2099-03-08T09:00:00Z', party: 'SELLER' },
  offers: [
    { offerId: 'o-1', type: 'FULL_REFUND', amountFen: 12_900, status: 'DECLINED', offeredAt: '2099-02-28T08:00:00Z' },
    { offerId: 'o-2', type: 'PARTIAL_REFUND', amountFen: 5_000, status: 'ACCEPTED', offeredAt: '2099-03-01T08:00:00Z' },
  ],
} as unknown as ComplaintDetail;

const section = (name: string) => screen.getByRole('region', { name });

describe('the fulfilment section of an agreed settlement', { timeout: 30_000 }, () => {
  it('says in English what was agreed, by when the seller carries it out, and that no new offer can be made', async () => {
    await renderWithProviders(<FulfilmentSection detail={AGREED} />, 'en');
    const text = section('Settlement being carried out').textContent;
    expect(text).toContain("The buyer accepted the seller's offer: Partial refund ¥50.00.");
    expect(text).toMatch(/The seller carries it out by Mar \d, 2099 \d\d:\d\d; meanwhile no new offer can be made\./);
    expect(text).toContain('the buyer reports it unfulfilled and the platform steps in');
    expect(text).not.toContain('{{');
  });

  it('says the same in Chinese', async () => {
    await renderWithProviders(<FulfilmentSection detail={AGREED} />);
    const text = section('和解履行中').textContent;
    expect(text).toContain('买家已接受卖家的和解方案：部分退款 ¥50.00。');
    expect(text).toMatch(/卖家须在 2099-03-0\d \d\d:\d\d 前履行，履行期间不能再提出新的和解方案。/);
    expect(text).toContain('买家可反映和解未履行，平台将介入处理');
  });

  it('leaves the terms out when the server sent no offer history', async () => {
    await renderWithProviders(<FulfilmentSection detail={{ ...AGREED, offers: undefined } as unknown as ComplaintDetail} />, 'en');
    const text = section('Settlement being carried out').textContent;
    expect(text).not.toContain('accepted');
    expect(text).toContain('The seller carries it out by');
  });

  it('is not there while no settlement is being carried out', async () => {
    const negotiating = { ...AGREED, nextDeadline: { kind: 'NEGOTIATION', dueBy: '2099-03-08T09:00:00Z', party: 'BOTH_PARTIES' } };
    const { container } = await renderWithProviders(<FulfilmentSection detail={negotiating as ComplaintDetail} />, 'en');
    expect(container).toBeEmptyDOMElement();
  });
});
