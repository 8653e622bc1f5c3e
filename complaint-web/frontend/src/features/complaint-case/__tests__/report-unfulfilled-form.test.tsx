import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { ReportUnfulfilledForm } from '../components/ReportUnfulfilledForm';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

/** jsdom and antd are slow on a busy machine. */
const WAIT = { timeout: 8000 };

describe('the report-unfulfilled form', { timeout: 30_000 }, () => {
  it('requires a note, then reports the settlement unfulfilled and says the platform steps in', async () => {
    const calls = stubFetch(() => ({ status: 202, headers: { 'X-Event-Position': '7' } }));
    const onDone = vi.fn();
    await renderWithProviders(<ReportUnfulfilledForm complaintId="c-1" onDone={onDone} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Describe what the seller did not carry out', undefined, WAIT)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('What was not carried out'), { target: { value: 'The refund never arrived' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('You reported the settlement unfulfilled; the platform steps in.'), WAIT);
    expect(calls[0].url).toBe('/api/complaints/c-1/settlement-unfulfilled');
    expect(calls[0].body).toEqual({ note: 'The refund never arrived' });
  });

  it('sends the evidence the buyer adds, in Chinese too', async () => {
    const calls = stubFetch(() => ({ status: 202 }));
    const onDone = vi.fn();
    await renderWithProviders(<ReportUnfulfilledForm complaintId="c-1" onDone={onDone} />);
    fireEvent.change(screen.getByLabelText('未履行的内容'), { target: { value: '退款一直没有到账' } });
    fireEvent.click(screen.getByRole('button', { name: '添加一项证据' }));
    fireEvent.change(await screen.findByLabelText('证据链接或文件编号', undefined, WAIT), { target: { value: 'https://img.example/chat.png' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('已反映和解未履行，平台将介入处理。'), WAIT);
    expect(calls[0].body).toEqual({ note: '退款一直没有到账', evidence: [{ kind: 'PHOTO', reference: 'https://img.example/chat.png' }] });
  });
});
