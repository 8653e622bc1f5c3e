import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { TimelineEntry } from '@/types/api';
import { CaseTimeline } from '../components/CaseTimeline';

const at = '2026-03-01T08:00:00Z';
/** Asked, revised (as a party reads it: staff as the platform), then final; and another ruling left unasked. */
const ENTRIES: TimelineEntry[] = [
  { sequence: 0, at, type: 'ReconsiderationRequested', actor: { role: 'SELLER', id: 'seller-1' },
    data: { statement: 'The courier signed for it', evidenceCount: 1 } },
  { sequence: 1, at, type: 'RulingUpheld', actor: { role: 'ARBITRATOR' }, data: { note: 'Nothing new' } },
  { sequence: 2, at, type: 'RulingRevised', actor: { role: 'ARBITRATOR', id: 'arbiter-2' },
    data: { outcome: 'PARTIALLY_FAVOURED', remedy: { type: 'PARTIAL_REFUND', amountFen: 5000 }, rationale: 'Half the price' } },
  { sequence: 3, at, type: 'RulingBecameFinal', actor: { role: 'SYSTEM' }, data: {} },
  { sequence: 4, at, type: 'RulingBecameFinal', actor: { role: 'SYSTEM', id: 'deadline' }, data: { deadline: 'RECONSIDERATION' } },
];

const texts = () => screen.getAllByTestId('timeline-entry').map((entry) => entry.textContent);

describe('the timeline of a reconsideration', () => {
  it('is worded in Chinese, with the statement, note and rationale beneath', async () => {
    await renderWithProviders(<CaseTimeline entries={ENTRIES} />);
    const lines = texts();
    expect(lines[0]).toContain('卖家 seller-1 申请复核裁决，并提供了新证据');
    expect(lines[0]).toContain('The courier signed for it');
    expect(lines[1]).toContain('平台 复核后维持原裁决');
    expect(lines[1]).toContain('Nothing new');
    expect(lines[2]).toContain('仲裁员 arbiter-2 复核后变更裁决：部分支持买家，处理方式：部分退款 ¥50.00');
    expect(lines[2]).toContain('Half the price');
    expect(lines[3]).toContain('复核已有决定，裁决终局');
    expect(lines[4]).toContain('复核申请期已过，无人申请复核，裁决终局');
    expect(lines.join()).not.toContain('{{');
  });

  it('is worded in English', async () => {
    await renderWithProviders(<CaseTimeline entries={ENTRIES} />, 'en');
    const lines = texts();
    expect(lines[0]).toContain('Seller seller-1 asked for the ruling to be reconsidered, with new evidence');
    expect(lines[1]).toContain('The platform upheld the ruling on reconsideration');
    expect(lines[2]).toContain('Arbitrator arbiter-2 revised the ruling on reconsideration: Partly in the buyer');
    expect(lines[3]).toContain('The reconsideration was decided: the ruling is final');
    expect(lines[4]).toContain('The reconsideration window passed unused: the ruling is final');
  });
});
