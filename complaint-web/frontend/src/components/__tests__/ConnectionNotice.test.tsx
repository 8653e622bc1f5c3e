import { onlineManager, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newQueryClient } from '@/app/query-client';
import { WithdrawForm } from '@/features/complaint-case/components/WithdrawForm';
import { get } from '@/lib/api-client';
import i18n from '@/lib/i18n';
import { ConnectionNotice } from '../ConnectionNotice';
import { ProblemAlert } from '../ProblemAlert';

/** jsdom and antd are slow on a busy machine. */
const WAIT = { timeout: 8000 };

interface Call {
  url: string;
  method: string;
  body: unknown;
}

/** fetch as the browser has it: a TypeError while the network is down, else `answer`. */
function stubNetwork(answer: (call: Call) => { status: number; body?: unknown }) {
  const network = { up: false, hang: false, calls: [] as Call[] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const call = {
        url: String(input),
        method: (init?.method ?? 'GET').toUpperCase(),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      network.calls.push(call);
      if (network.hang) return new Promise<Response>(() => {}); // a request that never comes back
      if (!network.up) throw new TypeError('Failed to fetch');
      const { status, body } = answer(call);
      return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return network;
}

/** A page's read, showing its error the way the pages do (a ProblemAlert with a retry). */
function Reader() {
  const query = useQuery({ queryKey: ['thing'], queryFn: () => get<{ name: string }>('/api/thing') });
  if (query.data) return <p>{`read: ${query.data.name}`}</p>;
  return query.isError ? <ProblemAlert error={query.error} onRetry={() => void query.refetch()} /> : <p>reading</p>;
}

/** With the app's own query client (its retry and network rules) and the notice where AppLayout puts it. */
async function renderInFrame(ui: ReactElement, language: 'zh-CN' | 'en') {
  await i18n.changeLanguage(language);
  return render(
    <QueryClientProvider client={newQueryClient()}>
      <MemoryRouter>
        <ConnectionNotice>{ui}</ConnectionNotice>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  act(() => onlineManager.setOnline(true));
});

describe('a lost connection', { timeout: 30_000 }, () => {
  it('is said once for a failed read, with a Retry that reads again', async () => {
    const network = stubNetwork(() => ({ status: 200, body: { name: 'case 1' } }));
    await renderInFrame(<Reader />, 'en');
    const notice = await screen.findByRole('alert', undefined, WAIT);
    expect(notice).toHaveTextContent('Connection lost');
    // the read's own alert does not say it a second time
    expect(screen.queryByText(/The server cannot be reached. Check your connection/)).not.toBeInTheDocument();
    network.up = true;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('read: case 1', undefined, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Connection lost')).not.toBeInTheDocument(), WAIT);
  });

  it('stays while a failed read is being tried again, until one succeeds', async () => {
    const network = stubNetwork(() => ({ status: 200, body: { name: 'case 2' } }));
    await renderInFrame(<Reader />, 'en');
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent('Connection lost');
    network.hang = true;
    const before = network.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(network.calls.length).toBeGreaterThan(before), WAIT);
    expect(screen.getByRole('alert')).toHaveTextContent('Connection lost');
  });

  it('is said while the browser is offline, and the page reads again by itself once it is back online', async () => {
    const network = stubNetwork(() => ({ status: 200, body: { name: '投诉 1' } }));
    act(() => onlineManager.setOnline(false));
    await renderInFrame(<Reader />, 'zh-CN');
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent('网络连接已断开');
    expect(screen.getByRole('button', { name: /重\s?试/ })).toBeInTheDocument();
    expect(network.calls).toHaveLength(0); // the read waits for the network instead of failing
    network.up = true;
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText('read: 投诉 1', undefined, WAIT)).toBeInTheDocument();
    expect(screen.queryByText('网络连接已断开')).not.toBeInTheDocument();
    expect(network.calls).toHaveLength(1);
  });

  it('fails a command at once and sends it again only when the person presses Retry', async () => {
    const network = stubNetwork(() => ({ status: 202, body: { outcome: 'PENDING_REVIEW', requestId: 'r-7' } }));
    const onDone = vi.fn();
    await renderInFrame(
      <WithdrawForm
        complaintId="c-1"
        onDone={onDone}
        options={[{ reason: 'MISUNDERSTANDING', mode: 'REVIEW', noteRequired: false, newEvidenceRequired: false }]}
      />,
      'en',
    );
    fireEvent.click(screen.getByRole('radio', { name: /A misunderstanding/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/The connection was lost while sending/, undefined, WAIT)).toBeInTheDocument();
    expect(network.calls).toHaveLength(1);

    // the connection comes back: the command is not sent again by itself
    network.up = true;
    act(() => onlineManager.setOnline(false));
    act(() => onlineManager.setOnline(true));
    expect(network.calls).toHaveLength(1);
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(expect.stringContaining('r-7')), WAIT);
    expect(network.calls).toHaveLength(2);
    expect(network.calls[1]).toEqual(network.calls[0]);
  });
});
