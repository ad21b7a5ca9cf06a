import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { retryPolicy } from '@/utils/retry-action';

import { fail, fakeApi, ok } from '../../../../test/fake-api';
import { showToast, taroTest } from '../../../../test/mocks/taro';
import { detail, report } from '../../../../test/report-fixtures';
import { OrderActions } from './order-actions';

const dropped = () => Promise.reject({ errMsg: 'request:fail' });

function renderActions() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const claimed = report('r1', { status: 'claimed', handlerId: 'rider-1' });
  return render(
    <QueryClientProvider client={client}>
      <OrderActions report={claimed} userId='rider-1' onFinish={jest.fn()} />
    </QueryClientProvider>,
  );
}

describe('order actions on bad signal', () => {
  const defaults = retryPolicy.delaysMs;
  beforeEach(() => {
    taroTest.reset();
    retryPolicy.delaysMs = [150, 150, 150];
  });
  afterAll(() => {
    retryPolicy.delaysMs = defaults;
  });

  it('resends 开始处理 with the same Idempotency-Key after network errors, showing 重试中, until it succeeds', async () => {
    const sent = fakeApi({
      'POST orders/order-r1/start': [dropped, dropped, ok(detail(report('r1', { status: 'in_progress' })))],
    });
    renderActions();

    fireEvent.click(screen.getByText('开始处理'));

    expect(await screen.findByText(/重试中/)).toBeTruthy();
    await waitFor(() => expect(showToast).toHaveBeenCalledWith({ title: '已开始处理', icon: 'success' }));
    const starts = sent.filter((r) => r.url.endsWith('/orders/order-r1/start'));
    expect(starts).toHaveLength(3);
    const keys = new Set(starts.map((r) => r.header['Idempotency-Key']));
    expect(keys.size).toBe(1);
    expect(screen.queryByText(/重试中/)).toBeNull();
  });

  it('does not resend when the API answered, and shows its message', async () => {
    const sent = fakeApi({
      'POST orders/order-r1/start': [fail(409, 'ORDER_STATE_CONFLICT', '工单状态已变化，请刷新')],
    });
    renderActions();

    fireEvent.click(screen.getByText('开始处理'));

    expect(await screen.findByText('工单状态已变化，请刷新')).toBeTruthy();
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('gives up after the last retry and says the network is bad', async () => {
    const sent = fakeApi({ 'POST orders/order-r1/start': [dropped] });
    renderActions();

    fireEvent.click(screen.getByText('开始处理'));

    expect(await screen.findByText('网络不太好，请检查网络后重试', undefined, { timeout: 3000 })).toBeTruthy();
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(4);
  });
});
