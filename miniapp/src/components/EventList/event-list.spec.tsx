import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, type EventSummary, type Page } from '@tongxin/types';

import { navigateTo, request as taroRequest, stopPullDownRefresh, taroTest } from '../../../test/mocks/taro';
import { EventList } from '.';

function makeEvent(n: number): EventSummary {
  return {
    id: `event-${n}`,
    title: n === 1 ? '红石榴课堂：民族团结故事会' : `社区活动 ${n}`,
    type: 'class',
    venue: '阿吉拉沁社区党群服务中心',
    startsAt: '2026-11-28T06:00:00.000Z',
    endsAt: '2026-11-28T08:00:00.000Z',
    capacity: 40,
    pointsReward: 10,
    placeId: 'place-1',
    placeName: '阿吉拉沁社区',
  };
}

function page(items: EventSummary[], pageNo: number, hasMore: boolean) {
  const body: Page<EventSummary> = { items, page: pageNo, pageSize: 20, total: items.length, hasMore };
  return { statusCode: 200, data: body };
}

function range(from: number, to: number): EventSummary[] {
  return Array.from({ length: to - from + 1 }, (_, i) => makeEvent(from + i));
}

function renderList() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <EventList filter={{ upcoming: true }} />
    </QueryClientProvider>,
  );
}

function sentUrl(call: number): string {
  const calls = taroRequest.mock.calls as unknown as Array<[{ url: string }]>;
  return calls[call][0].url;
}

describe('EventList', () => {
  beforeEach(() => taroTest.reset());

  it('shows loading, then the upcoming events as cards', async () => {
    taroRequest.mockResolvedValue(page(range(1, 2), 1, false));

    const { container } = renderList();

    expect(container.querySelector('.list-state--loading')).not.toBeNull();
    expect(await screen.findByText('红石榴课堂：民族团结故事会')).toBeTruthy();
    expect(container.querySelectorAll('.event-card')).toHaveLength(2);
    expect(container.querySelector('.event-card__tag')?.textContent).toBe('课堂');
    expect(container.querySelector('.event-card__time')?.textContent).toBe('11月28日 周六 14:00–16:00');
    expect(container.querySelector('.list-state--end')?.textContent).toContain('没有更多了');
    expect(sentUrl(0)).toBe('http://api.test/api/events?upcoming=true&page=1&pageSize=20');
  });

  it('shows 暂无活动 when there are no events', async () => {
    taroRequest.mockResolvedValue(page([], 1, false));

    const { container } = renderList();

    expect(await screen.findByText('暂无活动')).toBeTruthy();
    expect(container.querySelector('.list-state--empty')).not.toBeNull();
    expect(container.querySelector('.event-card')).toBeNull();
  });

  it('shows 加载失败 with a retry that loads the events', async () => {
    taroRequest.mockResolvedValueOnce({
      statusCode: 503,
      data: { code: ErrorCode.DatabaseUnavailable, message: '数据库暂时不可用' },
    });
    taroRequest.mockResolvedValueOnce(page(range(1, 1), 1, false));

    const { container } = renderList();

    expect(await screen.findByText('加载失败')).toBeTruthy();
    expect(screen.getByText('数据库暂时不可用')).toBeTruthy();
    expect(container.querySelector('.event-card')).toBeNull();

    fireEvent.click(screen.getByText('重试'));

    expect(await screen.findByText('红石榴课堂：民族团结故事会')).toBeTruthy();
    expect(container.querySelector('.list-state--error')).toBeNull();
    expect(taroRequest).toHaveBeenCalledTimes(2);
  });

  it('loads the next page of 20 at the bottom, then says 没有更多了', async () => {
    taroRequest.mockResolvedValueOnce(page(range(1, 20), 1, true));
    taroRequest.mockResolvedValueOnce(page(range(21, 23), 2, false));

    const { container } = renderList();
    await screen.findByText('社区活动 20');
    expect(container.querySelector('.list-state--end')).toBeNull();

    act(() => taroTest.reachBottom());

    expect(await screen.findByText('社区活动 23')).toBeTruthy();
    expect(container.querySelectorAll('.event-card')).toHaveLength(23);
    expect(container.querySelector('.list-state--end')).not.toBeNull();
    expect(sentUrl(1)).toBe('http://api.test/api/events?upcoming=true&page=2&pageSize=20');
  });

  it('refetches on pull-down and closes the spinner', async () => {
    taroRequest.mockResolvedValueOnce(page(range(1, 1), 1, false));
    taroRequest.mockResolvedValueOnce(page([makeEvent(1), { ...makeEvent(2), title: '新发布的活动' }], 1, false));

    renderList();
    await screen.findByText('红石榴课堂：民族团结故事会');

    act(() => taroTest.pullDownRefresh());

    expect(await screen.findByText('新发布的活动')).toBeTruthy();
    await waitFor(() => expect(stopPullDownRefresh).toHaveBeenCalledTimes(1));
    expect(taroRequest).toHaveBeenCalledTimes(2);
  });

  it('opens the detail page of a tapped card', async () => {
    taroRequest.mockResolvedValue(page(range(1, 1), 1, false));

    renderList();
    fireEvent.click(await screen.findByText('红石榴课堂：民族团结故事会'));

    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/events/pages/detail/index?id=event-1' });
  });
});
