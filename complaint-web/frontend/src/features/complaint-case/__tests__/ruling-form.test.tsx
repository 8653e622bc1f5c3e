import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { RulingForm } from '../components/RulingForm';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

/** jsdom and antd are slow on a busy machine. */
const WAIT = { timeout: 8000 };

async function fillRuling(language: 'zh-CN' | 'en') {
  if (language === 'zh-CN') {
    fireEvent.click(screen.getByRole('radio', { name: '部分支持买家' }));
    fireEvent.click(screen.getByRole('radio', { name: '部分退款' }));
    fireEvent.change(await screen.findByLabelText('金额（元）', undefined, WAIT), { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('裁决理由'), { target: { value: '照片显示有划痕' } });
  } else {
    fireEvent.click(screen.getByRole('radio', { name: "In the seller's favour" }));
    fireEvent.change(screen.getByLabelText('Rationale'), { target: { value: 'No defect shown' } });
  }
}

describe('the ruling form', { timeout: 30_000 }, () => {
  it('sends the version it was shown as If-Match', async () => {
    const calls = stubFetch(() => ({ status: 200, body: {}, headers: { 'X-Event-Position': '40' } }));
    const onDone = vi.fn();
    await renderWithProviders(<RulingForm complaintId="c-1" onDone={onDone} version={7} onReload={() => {}} />);
    await fillRuling('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('裁决已作出。'), WAIT);
    expect(calls[0].url).toBe('/api/complaints/c-1/ruling');
    expect(calls[0].headers.get('If-Match')).toBe('7');
    expect(calls[0].body).toEqual({
      outcome: 'PARTIALLY_FAVOURED',
      remedy: { type: 'PARTIAL_REFUND', amountFen: 5000 },
      rationale: '照片显示有划痕',
    });
  });

  it('explains a stale version in words and offers to load the latest case', async () => {
    const calls = stubFetch(() => ({
      status: 409,
      body: { type: 'about:blank', title: 'Conflict', status: 409, code: 'CONCURRENT_MODIFICATION', state: 'PLATFORM_INTERVENED' },
    }));
    const onDone = vi.fn();
    const onReload = vi.fn();
    await renderWithProviders(<RulingForm complaintId="c-1" onDone={onDone} version={3} onReload={onReload} />, 'en');
    await fillRuling('en');
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText("The case changed after you looked at it; the ruling was not issued.", undefined, WAIT)).toBeInTheDocument();
    expect(calls[0].headers.get('If-Match')).toBe('3');
    expect(calls[0].body).toEqual({ outcome: 'SELLER_FAVOURED', remedy: { type: 'NONE' }, rationale: 'No defect shown' });
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Load the latest case' }));
    expect(onReload).toHaveBeenCalled();
  });
});
