import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { RequestReconsiderationForm } from '../components/RequestReconsiderationForm';
import { stubFetch } from './fetch-stub';

afterEach(() => vi.unstubAllGlobals());

/** jsdom and antd are slow on a busy machine. */
const WAIT = { timeout: 8000 };

const problem = (code: string) => ({ status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409, code } });

describe('the request-reconsideration form', { timeout: 30_000 }, () => {
  it('needs a statement and one new evidence item, then sends both and says another arbitrator decides', async () => {
    const calls = stubFetch(() => ({ status: 202, headers: { 'X-Event-Position': '21' } }));
    const onDone = vi.fn();
    await renderWithProviders(
      <RequestReconsiderationForm complaintId="c-1" onDone={onDone} dueBy="2099-03-08T09:00:00Z" />, 'en');
    expect(screen.getByText(/You may ask once, until Mar 8, 2099/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Remove evidence item 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Say why the ruling should be reconsidered', undefined, WAIT)).toBeInTheDocument();
    expect(await screen.findByText('Add at least one new evidence item', undefined, WAIT)).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Why the ruling should be reconsidered'), { target: { value: ' The courier confirmed the damage ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add an evidence item' }));
    fireEvent.change(await screen.findByLabelText('Evidence link or file id', undefined, WAIT), { target: { value: 'https://courier.example/report/77' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Your request for reconsideration was sent; another arbitrator will decide it.'), WAIT);
    expect(calls[0].method).toBe('POST');
    expect(calls[0].url).toBe('/api/complaints/c-1/reconsideration');
    expect(calls[0].body).toEqual({ statement: 'The courier confirmed the damage',
      evidence: [{ kind: 'PHOTO', reference: 'https://courier.example/report/77' }] });
  });

  it.each([
    ['RECONSIDERATION_WINDOW_CLOSED', '复核申请期已过，裁决已终局。'],
    ['RECONSIDERATION_ALREADY_USED', '该裁决已申请过复核，每个裁决只能复核一次。'],
    ['REQUEST_PENDING', '已有撤销申请或复核申请在等待处理；待其处理完毕后才能提交另一项申请。'],
    ['NEW_EVIDENCE_REQUIRED', '需要提供至少一项新证据（裁决后撤销投诉或申请复核时必须提供）。'],
  ])('says in Chinese why the server refused it: %s', async (code, message) => {
    stubFetch(() => problem(code));
    const onDone = vi.fn();
    await renderWithProviders(<RequestReconsiderationForm complaintId="c-1" onDone={onDone} />);
    expect(screen.getByText(/每个裁决只能申请一次复核/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('复核理由'), { target: { value: '快递公司出具了破损证明' } });
    fireEvent.change(screen.getByLabelText('证据链接或文件编号'), { target: { value: 'https://img.example/proof.jpg' } });
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent(message);
    expect(onDone).not.toHaveBeenCalled();
  });
});
