import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { TimelineEntry } from '@/types/api';
import { CaseTimeline } from '../components/CaseTimeline';

const at = '2026-03-01T08:00:00Z';
/** An agreed settlement: the fulfilment window, then closed as settled by the system; or reported unfulfilled. */
const ENTRIES: TimelineEntry[] = [
  { sequence: 0, at, type: 'SettlementFulfilmentStarted', actor: { role: 'BUYER', id: 'buyer-1' },
    data: { offerId: 'o-1', fulfilmentDueBy: '2026-03-08T08:00:00Z' } },
  { sequence: 1, at, type: 'ComplaintClosedAsSettled', actor: { role: 'SYSTEM', id: 'deadline' },
    data: { offerId: 'o-1', deadline: 'SETTLEMENT_FULFILMENT' } },
  { sequence: 2, at, type: 'PlatformIntervened', actor: { role: 'BUYER', id: 'buyer-1' },
    data: { reason: 'SETTLEMENT_UNFULFILLED', note: '退款没有到账' } },
];

const texts = () => screen.getAllByTestId('timeline-entry').map((entry) => entry.textContent);

describe('the timeline of an agreed settlement', () => {
  it('is worded in Chinese', async () => {
    await renderWithProviders(<CaseTimeline entries={ENTRIES} />);
    const lines = texts();
    expect(lines[0]).toContain('双方达成和解，卖家须在');
    expect(lines[0]).not.toContain('{{');
    expect(lines[1]).toContain('履行期已过，买家未反映问题，投诉按和解结案');
    expect(lines[2]).toContain('买家 buyer-1 启动平台介入：买家反映和解方案未履行');
  });

  it('is worded in English', async () => {
    await renderWithProviders(<CaseTimeline entries={ENTRIES} />, 'en');
    const lines = texts();
    expect(lines[0]).toContain('The settlement was agreed; the seller carries it out by');
    expect(lines[1]).toContain('The fulfilment window passed without a report: the complaint was closed as settled');
    expect(lines[2]).toContain('brought in the platform: The buyer reported that the agreed settlement was not carried out');
  });
});
