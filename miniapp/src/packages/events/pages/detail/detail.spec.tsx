import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import type { EventDetail } from '@tongxin/types';
import { ErrorCode } from '@tongxin/types';

import { request as taroRequest, taroTest } from '../../../../../test/mocks/taro';
import EventDetailPage from './index';

const event: EventDetail = {
  id: 'event-1',
  title: '石榴花开在青城·民族文化节',
  type: 'festival',
  venue: '滨河街道文化广场',
  startsAt: '2026-11-28T06:00:00.000Z',
  endsAt: '2026-11-28T08:00:00.000Z',
  capacity: 200,
  pointsReward: 20,
  placeId: 'place-1',
  placeName: '滨河街道',
  description: '各族居民同台展示民族歌舞。',
};

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <EventDetailPage />
    </QueryClientProvider>,
  );
}

describe('event detail page', () => {
  beforeEach(() => {
    taroTest.reset();
    taroTest.setRouterParams({ id: 'event-1' });
  });

  it('loads the event by id and shows its facts', async () => {
    taroRequest.mockResolvedValue({ statusCode: 200, data: event });

    const { container } = renderPage();

    expect(container.querySelector('.list-state--loading')).not.toBeNull();
    expect(await screen.findByText('石榴花开在青城·民族文化节')).toBeTruthy();
    expect(screen.getByText('文化节')).toBeTruthy();
    expect(screen.getByText('200 人')).toBeTruthy();
    expect(screen.getByText('参加可得 20 积分')).toBeTruthy();
    expect(screen.getByText('各族居民同台展示民族歌舞。')).toBeTruthy();
    const calls = taroRequest.mock.calls as unknown as Array<[{ url: string }]>;
    expect(calls[0][0].url).toBe('http://api.test/api/events/event-1');
  });

  it('shows the error with a retry that loads the event', async () => {
    taroRequest.mockResolvedValueOnce({
      statusCode: 500,
      data: { code: ErrorCode.Internal, message: '服务器开小差了' },
    });
    taroRequest.mockResolvedValueOnce({ statusCode: 200, data: event });

    renderPage();
    expect(await screen.findByText('服务器开小差了')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));

    expect(await screen.findByText('滨河街道文化广场')).toBeTruthy();
  });
});
