import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { FileComplaintForm } from '../FileComplaintForm';

// No server in vitest: fetch is stubbed in the test only. antd forms in jsdom are slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
let fetchMock: ReturnType<typeof vi.fn>;

function answer(status: number, body: unknown, contentType = 'application/problem+json') {
  fetchMock.mockResolvedValueOnce(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, 'X-Event-Position': '7' } }),
  );
}

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function fieldOf(element: HTMLElement): HTMLElement {
  const item = element.closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error('not inside a form item');
  return item;
}

async function render(onFiled = vi.fn()) {
  await renderWithProviders(<FileComplaintForm invalidates={[]} onFiled={onFiled} />, 'zh-CN');
  return onFiled;
}

async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  await user.click(options[options.length - 1]);
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  fireEvent.change(screen.getByLabelText('订单号'), { target: { value: 'order-9001' } });
  fireEvent.change(screen.getByLabelText('卖家编号'), { target: { value: 'seller-1' } });
  await choose(user, '投诉类型', '商品质量问题');
  fireEvent.change(screen.getByLabelText('问题描述'), { target: { value: '杯身有裂缝' } });
  await choose(user, '证据类型', '商品照片');
  fireEvent.change(screen.getByLabelText('证据链接或文件编号'), { target: { value: 'https://img.example.com/a.jpg' } });
}

describe('filing a complaint: checks before sending', () => {
  it('requires at least one piece of evidence', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await render();
    await user.click(screen.getByRole('button', { name: '删除证据 1' }));
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    expect(await screen.findByText('请至少提供一项证据')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a reference that is neither an https link nor a stored-file id', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await render();
    const reference = screen.getByLabelText('证据链接或文件编号');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'http://img.example.com/a.jpg']) {
      fireEvent.change(reference, { target: { value: bad } });
      await user.click(screen.getByRole('button', { name: '提交投诉' }));
      expect(await within(fieldOf(reference)).findByText(/只接受 https:\/\/ 开头的链接或已上传文件的编号/)).toBeInTheDocument();
    }
    fireEvent.change(reference, { target: { value: 'file-7f3a9c.jpg' } });
    await waitFor(() => expect(within(fieldOf(reference)).queryByText(/只接受 https/)).not.toBeInTheDocument());
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a description longer than the server takes, counting characters as it does', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await render();
    const description = screen.getByLabelText('问题描述');
    fireEvent.change(description, { target: { value: '😀'.repeat(2000) } });
    expect(fieldOf(description)).toHaveTextContent('2000 / 2000');
    fireEvent.change(description, { target: { value: '字'.repeat(2001) } });
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    expect(await within(fieldOf(description)).findByText('问题描述最多 2000 个字')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses an order id with characters outside letters, digits and -_.:/#', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await render();
    const orderId = screen.getByLabelText('订单号');
    fireEvent.change(orderId, { target: { value: 'order 1001' } });
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    expect(await within(fieldOf(orderId)).findByText('订单号只能包含字母、数字和 - _ . : / #')).toBeInTheDocument();
    fireEvent.change(orderId, { target: { value: 'SHOP/2026#12_a.b:c-1' } });
    await waitFor(() => expect(within(fieldOf(orderId)).queryByText(/订单号只能包含/)).not.toBeInTheDocument());
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('filing a complaint: what the server says', () => {
  it('sends the complaint and goes to its page', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onFiled = await render();
    await fillValid(user);
    answer(201, { complaintId: 'c-new' }, 'application/json');
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    await waitFor(() => expect(onFiled).toHaveBeenCalledWith('c-new'));
    const [path, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(path).toBe('/api/complaints');
    expect(JSON.parse(String(init.body))).toEqual({
      orderId: 'order-9001',
      sellerId: 'seller-1',
      category: 'QUALITY_PROBLEM',
      description: '杯身有裂缝',
      evidence: [{ kind: 'PHOTO', reference: 'https://img.example.com/a.jpg' }],
    });
  });

  it('shows a server field error next to the field it names', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onFiled = await render();
    await fillValid(user);
    answer(400, {
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { field: 'evidence[0].reference', message: 'is not a reference the platform knows' },
        { field: 'sellerId', message: 'must be at most 100 characters' },
      ],
    });
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    const reference = screen.getByLabelText('证据链接或文件编号');
    expect(await within(fieldOf(reference)).findByText('is not a reference the platform knows')).toBeInTheDocument();
    expect(within(fieldOf(screen.getByLabelText('卖家编号'))).getByText('最多 100 个字符')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('填写的内容有误，请检查标出的字段。');
    expect(onFiled).not.toHaveBeenCalled();
  });

  it('says why a filing was refused and links to the complaint that is still open', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    await render();
    await fillValid(user);
    answer(409, { status: 409, code: 'COMPLAINT_ALREADY_OPEN', state: 'NEGOTIATING', complaintId: 'c-open' });
    await user.click(screen.getByRole('button', { name: '提交投诉' }));
    expect(await screen.findByText('该订单的同类投诉仍在处理中，不能重复提交。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看正在处理的这条投诉' })).toHaveAttribute('href', '/complaints/c-open');
  });
});
