import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ErrorCode, type MallItemView, type Page, type RedemptionView } from '@tongxin/types';

import { IDEMPOTENCY_KEY_PATTERN } from '@/utils/idempotency-key';

import { liriBuilding as building, liriResident as me } from '../../../../../test/community-fixtures';
import { fail, fakeApi, ok, type SentRequest } from '../../../../../test/fake-api';
import { taroTest } from '../../../../../test/mocks/taro';
import PointsMallPage from './index';

const bag: MallItemView = {
  id: 'item-1',
  communityId: 'community-1',
  name: '石榴籽环保袋',
  pictureUrl: null,
  pointsPrice: 20,
  stock: 5,
  perMemberLimit: 1,
  pickupPlace: '兴旺社区党群服务中心',
  onShelf: true,
  businessName: null,
};

const redemption: RedemptionView = {
  id: 'redemption-1',
  itemId: 'item-1',
  itemName: '石榴籽环保袋',
  memberId: 'member-1',
  memberNickname: '李秀兰',
  points: 20,
  status: 'awaiting_pickup',
  pickupCode: '48151623',
  pickupPlace: '兴旺社区党群服务中心',
  expiresAt: '2026-12-06T06:00:00.000Z',
  collectedAt: null,
  createdAt: '2026-11-22T06:00:00.000Z',
};

function page<T>(items: T[]): Page<T> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

function routes(redeem: Parameters<typeof fakeApi>[0][string]): SentRequest[] {
  return fakeApi({
    'GET me': [ok(me)],
    'GET places/building-2': [ok(building)],
    'GET mall/items': [ok(page([bag]))],
    'GET points/me': [ok({ memberId: 'member-1', balance: 50, earnedThisMonth: 50 })],
    'POST mall/items/item-1/redeem': redeem,
  });
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <PointsMallPage />
    </QueryClientProvider>,
  );
}

async function openConfirmation(): Promise<HTMLElement> {
  await screen.findByText('石榴籽环保袋');
  await screen.findByText('我的积分：50');
  fireEvent.click(screen.getByText('兑换'));
  return screen.findByRole('dialog');
}

describe('积分超市 redeem', () => {
  let getContext: jest.SpyInstance;
  beforeEach(() => {
    taroTest.reset();
    getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => null);
  });
  afterEach(() => getContext.mockRestore());

  it('lists the items of the member community and confirms with price and balance; success shows the pickup code', async () => {
    const sent = routes([ok(redemption, 201)]);
    renderPage();

    const dialog = await openConfirmation();
    expect(within(dialog).getByText('所需积分：20')).toBeTruthy();
    expect(within(dialog).getByText('当前积分：50')).toBeTruthy();
    expect(within(dialog).getByText('兑换后剩余：30')).toBeTruthy();
    expect(sent.some((s) => s.method === 'POST')).toBe(false);

    fireEvent.click(within(dialog).getByRole('button', { name: '确认兑换' }));

    expect(await screen.findByText('4815 1623')).toBeTruthy();
    expect(screen.getByText('兑换成功：石榴籽环保袋')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const posts = sent.filter((s) => s.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0].header['Idempotency-Key']).toMatch(IDEMPOTENCY_KEY_PATTERN);
    expect(sent.find((s) => s.url.includes('mall/items?'))?.url).toBe(
      'http://api.test/api/mall/items?communityId=community-1&page=1&pageSize=20',
    );
  });

  it('INSUFFICIENT_POINTS keeps the dialog open with its message; a retry reuses the same key', async () => {
    const sent = routes([fail(409, ErrorCode.InsufficientPoints, '积分不足')]);
    renderPage();

    const dialog = await openConfirmation();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认兑换' }));

    expect(await within(dialog).findByText(/积分不足，暂时无法兑换/)).toBeTruthy();
    expect(screen.queryByText(/取货码/)).toBeNull();

    fireEvent.click(within(dialog).getByRole('button', { name: '确认兑换' }));
    await waitFor(() => expect(sent.filter((s) => s.method === 'POST')).toHaveLength(2));
    const [first, second] = sent.filter((s) => s.method === 'POST');
    expect(second.header['Idempotency-Key']).toBe(first.header['Idempotency-Key']);
  });

  it('MALL_NOT_MEMBER says the member redeems in their own community’s mall', async () => {
    routes([fail(403, ErrorCode.MallNotMember, '只能在您所在社区的积分超市兑换')]);
    renderPage();

    const dialog = await openConfirmation();
    fireEvent.click(within(dialog).getByRole('button', { name: '确认兑换' }));

    expect(await within(dialog).findByText(/只能在你所在社区的积分超市兑换/)).toBeTruthy();
    expect(screen.queryByText(/取货码/)).toBeNull();
  });
});
