import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { RiderRoute } from '@tongxin/types';

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

const route: RiderRoute = { places: [], windows: [], nextFreeAt: null };
const routePlace = {
  id: 'g2',
  name: '丽日家园橙色网格',
  level: 'grid' as const,
  gridId: 'g2',
  gridName: '丽日家园橙色网格',
};

describe('抢单大厅', () => {
  beforeEach(() => taroTest.reset());

  it('asks for the nearest orders first when the phone gives a position', async () => {
    getLocation.mockImplementationOnce(() => Promise.resolve({ longitude: 111.75, latitude: 40.84 }));
    const sent = fakeApi({ 'GET orders/hall': [ok(pageOf([report('r1', { distanceMeters: 320 })]))] });

    renderHall();

    expect(await screen.findByText('距您 320 米')).toBeTruthy();
    expect(sent.find((r) => r.url.includes('orders/hall'))?.url).toBe(
      'http://api.test/api/orders/hall?page=1&pageSize=20&lng=111.75&lat=40.84',
    );
  });

  it('shows 手慢了 and refreshes the hall when someone else won the order', async () => {
    const sent = fakeApi({
      'GET orders/hall': [ok(pageOf([report('r1')])), ok(pageOf([]))],
      'POST orders/order-r1/grab': [fail(409, 'ORDER_ALREADY_CLAIMED', '该工单已被抢')],
    });
    renderHall();

    fireEvent.click(await screen.findByText('现在去'));

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

    fireEvent.click(await screen.findByText('现在去'));

    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/orders/pages/mine/index' }));
    const grab = sent.find((r) => r.method === 'POST');
    expect(grab?.header['Idempotency-Key']).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('says why an order is at the top, and what the route is', async () => {
    fakeApi({
      'GET orders/hall': [
        ok(pageOf([report('r1', {}, { reasons: ['on_route', 'free_window', 'expiring'] }), report('r2')])),
      ],
      'GET me/route': [ok({ ...route, places: [routePlace] })],
    });
    renderHall();

    expect(await screen.findByText('顺路')).toBeTruthy();
    expect(screen.getByText('在您的空闲时段')).toBeTruthy();
    expect(screen.getByText('即将超时')).toBeTruthy();
    expect(document.querySelectorAll('.reason-chip')).toHaveLength(3);
    expect(await screen.findByText('顺路：丽日家园橙色网格，顺路的工单排在前面')).toBeTruthy();
  });

  it('grabs for later at a time picked before the claim’s deadline', async () => {
    const sent = fakeApi({
      'GET orders/hall': [ok(pageOf([report('r1', { claimHours: 2 })]))],
      'GET me/route': [ok(route)],
      'POST orders/order-r1/grab': [ok(report('r1', { status: 'claimed', handlerId: 'me' }))],
    });
    renderHall();

    fireEvent.click(await screen.findByText('稍后上门'));
    const slots = Array.from(document.querySelectorAll('.grab-later__slots .choice-chip'));
    // Half hours from a quarter of an hour out until two hours from now.
    expect(slots.length).toBeGreaterThanOrEqual(3);
    expect(slots.length).toBeLessThanOrEqual(4);
    fireEvent.click(slots[1]);
    fireEvent.click(screen.getByText('抢单'));

    await waitFor(() => expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/orders/pages/mine/index' }));
    const body = sent.find((r) => r.method === 'POST')?.data as { promisedAt: string };
    const promised = new Date(body.promisedAt).getTime();
    expect(promised).toBeGreaterThan(Date.now() + 15 * 60_000);
    expect(promised).toBeLessThanOrEqual(Date.now() + 2 * 3_600_000);
    expect(promised % (30 * 60_000)).toBe(0);
  });
});
