import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import type { TimelineEntry } from '@/types/api';
import { CaseTimeline } from '../components/CaseTimeline';
import { WORDED_TYPES } from '../components/timeline-words';

const at = '2026-03-01T08:00:00Z';
const ENTRIES: TimelineEntry[] = [
  { sequence: 0, at, type: 'ComplaintFiled', actor: { role: 'BUYER', id: 'buyer-1' },
    data: { category: 'QUALITY_PROBLEM', orderId: 'order-42', evidenceCount: 2 } },
  { sequence: 1, at, type: 'SettlementOffered', actor: { role: 'SELLER', id: 'seller-1' },
    data: { offerId: 'o-1', type: 'PARTIAL_REFUND', amountFen: 12950, note: '<b>sorry</b>' } },
  { sequence: 2, at, type: 'PlatformIntervened', actor: { role: 'SYSTEM', id: 'deadline' },
    data: { reason: 'SELLER_NO_RESPONSE', note: null, deadline: 'SELLER_RESPONSE' } },
  { sequence: 3, at, type: 'ArbitratorAssigned', actor: { role: 'ARBITRATOR' }, data: {} },
  { sequence: 4, at, type: 'ComplaintRuled', actor: { role: 'ARBITRATOR', id: 'arbiter-1' },
    data: { outcome: 'BUYER_FAVOURED', remedy: { type: 'FULL_REFUND', amountFen: 9900 }, rationale: 'broken on arrival' } },
  { sequence: 5, at, type: 'SomethingNew', actor: { role: 'SELLER', id: 'seller-1' }, data: {} },
];

const texts = () => screen.getAllByTestId('timeline-entry').map((entry) => entry.textContent);

describe('the timeline, worded in the reader\'s language', () => {
  it('words each step in Chinese with the actor and translated values', async () => {
    await renderWithProviders(<CaseTimeline entries={ENTRIES} />);
    const lines = texts();
    expect(lines[0]).toContain('买家 buyer-1 就订单 order-42 发起投诉：商品质量问题（2 项证据）');
    expect(lines[1]).toContain('卖家 seller-1 提出和解方案：部分退款 ¥129.50');
    expect(lines[1]).toContain('<b>sorry</b>'); // user text as text, never HTML
    expect(lines[2]).toContain('系统 启动平台介入：卖家未在期限内响应');
    expect(lines[3]).toContain('平台 将案件分配给仲裁员');
    expect(lines[4]).toContain('仲裁员 arbiter-1 作出裁决：支持买家，处理方式：全额退款 ¥99.00');
    expect(lines[5]).toContain('卖家 seller-1 记录了一个步骤（SomethingNew）');
  });

  it('words each step in English', async () => {
    await renderWithProviders(<CaseTimeline entries={ENTRIES} />, 'en');
    const lines = texts();
    expect(lines[0]).toContain('Buyer buyer-1 filed a complaint about order order-42: Quality problem, evidence items: 2');
    expect(lines[1]).toContain('Seller seller-1 offered a settlement: Partial refund ¥129.50');
    expect(lines[2]).toContain('The system brought in the platform: The seller did not respond in time');
    expect(lines[3]).toContain('The platform assigned the case to an arbitrator');
    expect(lines[4]).toContain("Arbitrator arbiter-1 ruled: In the buyer's favour; remedy: Full refund ¥99.00");
    expect(lines[5]).toContain('Seller seller-1 recorded a step (SomethingNew)');
  });

  it('names the parties in lower case in the middle of an English sentence', async () => {
    await renderWithProviders(
      <CaseTimeline
        entries={[
          { sequence: 0, at, type: 'EvidenceRequested', actor: { role: 'ARBITRATOR', id: 'arbiter-1' }, data: { from: 'BOTH', dueBy: at } },
          { sequence: 1, at, type: 'EvidenceRequestExpired', actor: { role: 'SYSTEM' }, data: { missingFrom: ['SELLER'] } },
        ]}
      />,
      'en',
    );
    const lines = texts();
    expect(lines[0]).toContain('Arbitrator arbiter-1 asked for evidence from both parties by');
    expect(lines[1]).toContain('without an answer from the seller');
  });

  it('has a sentence for every event type in both languages', () => {
    for (const language of ['zh-CN', 'en']) {
      for (const type of WORDED_TYPES) {
        expect(i18n.exists(`complaintCase.timeline.${type}`, { lng: language }), `${language} ${type}`).toBe(true);
      }
    }
  });
});
