import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ErrorCode, type Page, type ResultsBoard, type ResultsFixedItem } from '@tongxin/types';

import { liriBuilding, liriResident } from '../../../../../test/community-fixtures';
import { fail, fakeApi, ok } from '../../../../../test/fake-api';
import { navigateTo, previewImage, taroTest } from '../../../../../test/mocks/taro';
import { signIn } from '../../../../../test/session';
import ResultsPage from './index';

const photo = (id: string) => ({
  id,
  url: `https://cdn.test/${id}.jpg`,
  thumbUrl: `https://cdn.test/${id}-s.jpg`,
  width: 800,
  height: 600,
});

const board: ResultsBoard = {
  community: { id: 'community-1', name: '兴旺社区' },
  months: ['2026-12', '2026-11', '2026-10', '2026-09', '2026-08', '2026-07'].map((month, i) => ({
    month,
    problemsFixed: 6 - i,
    needsServed: 1,
    eventsHeld: 2,
    attendance: 40 + i,
    volunteerHours: 12.5,
  })),
  events: [{ id: 'event-1', title: '红石榴课堂', startsAt: '2026-11-28T06:00:00.000Z', attendance: 35 }],
};

const fixed: ResultsFixedItem = {
  orderId: 'order-1',
  kind: 'report',
  categoryName: '公共设施',
  placeName: '丽日家园红色网格 · 丽日家园2号楼',
  fixedAt: '2026-11-30T02:00:00.000Z',
  before: [photo('before-1'), photo('before-2')],
  after: [photo('after-1')],
};

function page<T>(items: T[]): Page<T> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ResultsPage />
    </QueryClientProvider>,
  );
}

describe('办实事公开', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('shows the member’s community: six months oldest first, the month’s figures, events and fixed items', async () => {
    const sent = fakeApi({
      'GET me': [ok(liriResident)],
      'GET places/building-2': [ok(liriBuilding)],
      'GET figures/results/community-1': [ok(board)],
      'GET figures/results/community-1/fixed': [ok(page([fixed]))],
    });
    const { container } = renderPage();

    expect(await screen.findByText('红石榴课堂')).toBeTruthy();
    expect(screen.getByText('兴旺社区')).toBeTruthy();
    const values = [...container.querySelectorAll('.month-bar__value')].map((el) => el.textContent);
    expect(values).toEqual(['2', '3', '4', '5', '6', '7']);
    const labels = [...container.querySelectorAll('.month-bar__label')].map((el) => el.textContent);
    expect(labels).toEqual(['7月', '8月', '9月', '10月', '11月', '12月']);
    expect(screen.getByText('解决问题 6 件')).toBeTruthy();
    fireEvent.click(container.querySelectorAll('.month-bar')[0]);
    expect(screen.getByText('解决问题 1 件')).toBeTruthy();
    expect(screen.getByText('参加活动 45 人次')).toBeTruthy();
    expect(screen.queryByText('切换社区')).toBeNull();

    expect(await screen.findByText('随手拍 · 公共设施')).toBeTruthy();
    expect(screen.getByText('处理前')).toBeTruthy();
    expect(screen.getByText('处理后')).toBeTruthy();
    expect(screen.getByText('+1')).toBeTruthy();
    expect(sent.find((s) => s.url.includes('/fixed?'))?.url).toBe(
      'http://api.test/api/figures/results/community-1/fixed?page=1&pageSize=20',
    );
  });

  it('a photo opens every photo of the item, before then after; the weekly link opens the member’s grid', async () => {
    fakeApi({
      'GET me': [ok(liriResident)],
      'GET places/building-2': [ok(liriBuilding)],
      'GET figures/results/community-1': [ok(board)],
      'GET figures/results/community-1/fixed': [ok(page([fixed]))],
    });
    const { container } = renderPage();
    await screen.findByText('随手拍 · 公共设施');

    const thumbs = [...container.querySelectorAll('.photo-side__image')];
    expect(thumbs.map((img) => img.getAttribute('src'))).toEqual([
      'https://cdn.test/before-1-s.jpg',
      'https://cdn.test/after-1-s.jpg',
    ]);
    fireEvent.click(container.querySelectorAll('.photo-side__frame')[1]);
    expect(previewImage).toHaveBeenCalledWith({
      urls: ['https://cdn.test/before-1.jpg', 'https://cdn.test/before-2.jpg', 'https://cdn.test/after-1.jpg'],
      current: 'https://cdn.test/after-1.jpg',
    });

    fireEvent.click(screen.getByText('本周网格周报'));
    expect(navigateTo).toHaveBeenCalledWith({
      url: '/packages/community/pages/weekly/index?communityId=community-1&gridId=grid-1',
    });
  });

  it('says so when nothing is fixed yet, and offers a retry when the board fails', async () => {
    fakeApi({
      'GET me': [ok(liriResident)],
      'GET places/building-2': [ok(liriBuilding)],
      'GET figures/results/community-1': [fail(500, ErrorCode.Internal, '服务出错'), ok(board)],
      'GET figures/results/community-1/fixed': [ok(page([]))],
    });
    renderPage();
    expect(await screen.findByText('还没有办结的事项')).toBeTruthy();
    fireEvent.click(await screen.findByText('重试'));
    await waitFor(() => expect(screen.getByText('红石榴课堂')).toBeTruthy());
  });
});
