import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import type { WithdrawalOption } from '@/types/api';
import { WithdrawForm } from '../components/WithdrawForm';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

/** jsdom and antd are slow on a busy machine. */
const WAIT = { timeout: 8000 };

const OPTIONS: WithdrawalOption[] = [
  { reason: 'SETTLED', mode: 'DIRECT', noteRequired: true, newEvidenceRequired: false },
  { reason: 'MISUNDERSTANDING', mode: 'REVIEW', noteRequired: false, newEvidenceRequired: false },
];
const EXCEPTIONAL: WithdrawalOption[] = [
  { reason: 'INSUFFICIENT_EVIDENCE', mode: 'EXCEPTIONAL', noteRequired: false, newEvidenceRequired: true },
];

describe('the withdraw form', { timeout: 30_000 }, () => {
  it('offers exactly the given options, each with what it does', async () => {
    stubFetch(() => ({ status: 500 }));
    await renderWithProviders(<WithdrawForm complaintId="c-1" onDone={() => {}} options={OPTIONS} />);
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(screen.getByRole('radio', { name: /已与卖家协商解决.*立即撤销/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /存在误解.*提交平台审核/ })).toBeInTheDocument();
    expect(screen.queryByText('证据不足')).not.toBeInTheDocument();
  });

  it('requires the note when the option says so, then says the complaint was withdrawn', async () => {
    const calls = stubFetch(() => ({ status: 200, body: { outcome: 'WITHDRAWN' }, headers: { 'X-Event-Position': '12' } }));
    const onDone = vi.fn();
    await renderWithProviders(<WithdrawForm complaintId="c-1" onDone={onDone} options={OPTIONS} />, 'en');
    fireEvent.click(screen.getByRole('radio', { name: /Settled with the seller.*Withdraws at once/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Write the note (the terms agreed with the seller)', undefined, WAIT)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'Refund of 50 yuan by bank transfer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('The complaint has been withdrawn.'), WAIT);
    expect(calls[0].url).toBe('/api/complaints/c-1/withdrawal');
    expect(calls[0].body).toEqual({ reason: 'SETTLED', note: 'Refund of 50 yuan by bank transfer' });
  });

  it('requires new evidence for an exceptional request and says it goes to review', async () => {
    const calls = stubFetch(() => ({ status: 202, body: { outcome: 'PENDING_REVIEW', requestId: 'r-9' } }));
    const onDone = vi.fn();
    await renderWithProviders(<WithdrawForm complaintId="c-1" onDone={onDone} options={EXCEPTIONAL} />);
    fireEvent.click(screen.getByRole('radio', { name: /证据不足.*特殊撤销申请/ }));
    expect(await screen.findByText('新证据（必填）', undefined, WAIT)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请至少提供一项新证据', undefined, WAIT)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '添加一项证据' }));
    fireEvent.change(await screen.findByLabelText('证据链接或文件编号', undefined, WAIT), { target: { value: 'https://img.example/new.jpg' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('撤销申请已提交，等待平台审核（申请编号 r-9）。'), WAIT);
    expect(calls[0].body).toEqual({
      reason: 'INSUFFICIENT_EVIDENCE',
      evidence: [{ kind: 'PHOTO', reference: 'https://img.example/new.jpg' }],
    });
  });
});
