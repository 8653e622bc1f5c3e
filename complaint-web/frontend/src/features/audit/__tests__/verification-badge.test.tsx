import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { AuditComplaintPage } from '../components/AuditComplaintPage';
import { VerificationBadge } from '../components/VerificationBadge';
import { exportFileName } from '../api/export-events';

const VALID = { valid: true, eventsChecked: 7, unkeyed: 2, keys: { k2: 5 }, firstMismatch: null };
const BROKEN = {
  valid: false,
  eventsChecked: 4,
  unkeyed: 0,
  keys: { k1: 4 },
  firstMismatch: { complaintId: 'c-1', sequence: 3, globalPosition: 118, problem: 'its stored form does not match its hash' },
};

afterEach(() => vi.unstubAllGlobals());

describe('the hash chain verification badge', () => {
  it('says the chain is valid over N events, in Chinese', async () => {
    await renderWithProviders(<VerificationBadge verification={VALID} />);
    expect(screen.getByTestId('chain-verification')).toHaveTextContent('链完整 · 7 个事件');
  });

  it('says the chain is valid over N events, in English', async () => {
    await renderWithProviders(<VerificationBadge verification={VALID} />, 'en');
    expect(screen.getByTestId('chain-verification')).toHaveTextContent('Chain valid · 7 events');
    expect(screen.getByTestId('chain-verification')).toHaveTextContent('key k2: 5 · 2 from before the chain was keyed (unkeyed)');
  });

  it('says when a hash names a key this service does not have', async () => {
    const unknownKey = { ...BROKEN, firstMismatch: { ...BROKEN.firstMismatch, problem: "its hash was made with key 'k9', which is not configured here" } };
    await renderWithProviders(<VerificationBadge verification={unknownKey} />, 'zh-CN');
    expect(screen.getByTestId('chain-verification')).toHaveTextContent('其哈希所用的密钥本服务未配置');
  });

  it('names the event sequence where the chain breaks, in Chinese', async () => {
    await renderWithProviders(<VerificationBadge verification={BROKEN} />);
    const badge = screen.getByTestId('chain-verification');
    expect(badge).toHaveTextContent('链在第 3 号事件处断开');
    expect(badge).toHaveTextContent('全局位置 118');
    expect(badge).not.toHaveTextContent('链完整');
  });

  it('names the event sequence where the chain breaks, in English', async () => {
    await renderWithProviders(<VerificationBadge verification={BROKEN} />, 'en');
    const badge = screen.getByTestId('chain-verification');
    expect(badge).toHaveTextContent('Chain broken at event 3');
    expect(badge).toHaveTextContent('edited or never hashed');
  });

  it('shows the verdict the API gives on the complaint page, with the payload as text', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = String(input);
        const body = url.endsWith('/verification')
          ? BROKEN
          : url.endsWith('/events')
            ? [
                {
                  complaintId: 'c-1',
                  sequence: 0,
                  globalPosition: 100,
                  type: 'ComplaintFiled',
                  revision: null,
                  occurredAt: '2026-01-01T08:00:00Z',
                  actor: 'BUYER:buyer-1',
                  correlationId: 'corr-1',
                  payload: { description: '<b>not html</b>' },
                },
              ]
            : { complaintId: 'c-1', asOf: '2026-01-01T08:00:00Z', version: 0, facts: { state: 'AWAITING_SELLER', orderId: 'ORDER-9' } };
        return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await renderWithProviders(<AuditComplaintPage complaintId="c-1" />, 'en');
    expect(await screen.findByText(/Chain broken at event 3/)).toBeInTheDocument();
    expect(await screen.findByText('ORDER-9')).toBeInTheDocument();
    expect(screen.getByText('ComplaintFiled')).toBeInTheDocument();
  }, 20_000);

  it('names the export file after its range', () => {
    expect(exportFileName({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T23:59:59.000Z' })).toBe(
      'events-2026-11-01T000000Z-2026-11-30T235959Z.ndjson',
    );
  });
});
