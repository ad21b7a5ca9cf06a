import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';

import { fail, fakeApi, ok } from '../../../../test/fake-api';
import { getLocation, navigateTo, taroTest } from '../../../../test/mocks/taro';
import { pageOf, report } from '../../../../test/report-fixtures';
import { HallView } from './hall-view';

function renderHall() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <HallView />
    </QueryClientProvider>,
  );
}

describe('抢单大厅', () => {
  beforeEach(() => taroTest.reset());

  it('asks for the nearest orders first when the phone gives a position', async () => {
    getLocation.mockImplementationOnce(() => Promise.resolve({ longitude: 111.75, latitude: 40.84 }));
    const sent = fakeApi({ 'GET orders/hall': [ok(pageOf([report('r1', { distanceMeters: 320 })]))] });

    renderHall();

    expect(await screen.findByText('距您 320 米')).toBeTruthy();
    expect(sent[0].url).toBe('http://api.test/api/orders/hall?page=1&pageSize=20&lng=111.75&lat=40.84');
  });

  it('shows 手慢了 and refreshes the hall when someone else won the order', async () => {
    const sent = fakeApi({
      'GET orders/hall': [ok(pageOf([report('r1')])), ok(pageOf([]))],
      'POST orders/order-r1/grab': [fail(409, 'ORDER_ALREADY_CLAIMED', '该工单已被抢')],
    });
    renderHall();

    fireEvent.click(await screen.findByText('抢单'));

    expect(await screen.findByText('手慢了，这单已被别人抢走')).toBeTruthy();
    expect(await screen.findByText('附近暂时没有待抢的工单')).toBeTruthy();
    expect(sent.filter((r) => r.url.includes('orders/hall'))).toHaveLength(2);
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('opens 我的工单 after a won grab', async () => {
    const sent = fakeApi({
      'GET orders/hall': [ok(pageOf([report('r1')]))],
      'POST orders/order-r1/grab': [ok(report('r1', { status: 'claimed', handlerId: 'me' }))],
    });
    renderHall();

    fireEvent.click(await screen.findByText('抢单'));

    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/orders/pages/mine/index' }));
    const grab = sent.find((r) => r.method === 'POST');
    expect(grab?.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
