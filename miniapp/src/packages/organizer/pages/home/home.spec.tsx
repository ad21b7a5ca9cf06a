import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ManagedEventSummary, Page } from '@tongxin/types';

import { eventKeys } from '@/hooks/use-events-query';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { navigateTo, taroTest } from '../../../../../test/mocks/taro';
import { signIn } from '../../../../../test/session';
import OrganizerHomePage from './index';

function managedEvent(patch: Partial<ManagedEventSummary>): ManagedEventSummary {
  return {
    id: 'event-1',
    title: '红石榴课堂·书法培训',
    type: 'class',
    venue: '阿吉拉沁社区党群服务中心 书画室',
    startsAt: '2099-11-28T06:00:00.000Z',
    endsAt: '2099-11-28T08:00:00.000Z',
    capacity: 30,
    pointsReward: 10,
    placeId: 'ajilaqin',
    placeName: '阿吉拉沁社区',
    status: 'published',
    confirmedCount: 12,
    seriesId: null,
    seriesIndex: null,
    ...patch,
  };
}

const draft = managedEvent({ id: 'event-draft', title: '五老讲红色故事', status: 'draft', confirmedCount: 0 });
const upcoming = managedEvent({ id: 'event-upcoming', title: '红石榴课堂·书法培训' });
const past = managedEvent({
  id: 'event-past',
  title: '石榴籽民族团结运动会',
  startsAt: '2020-05-01T01:00:00.000Z',
  endsAt: '2020-05-01T04:00:00.000Z',
  confirmedCount: 30,
});
const cancelled = managedEvent({ id: 'event-cancelled', title: '假期托管班', status: 'cancelled', confirmedCount: 3 });

function page(items: ManagedEventSummary[]): Page<ManagedEventSummary> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <OrganizerHomePage />
    </QueryClientProvider>,
  );
  return { client, ...view };
}

function card(title: string): HTMLElement {
  return screen.getByText(title).closest('.managed-event') as HTMLElement;
}

function statusTag(title: string): Element | null {
  return card(title).querySelector('.managed-event__status');
}

describe('organizer home: 我管理的活动', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn({
      id: 'organizer-1',
      nickname: '阿娜尔',
      roles: [
        {
          id: 'grant-1',
          role: 'organizer',
          placeId: 'ajilaqin',
          placeName: '阿吉拉沁社区',
          placeLevel: 'community',
          grantedAt: '2026-11-22T06:00:00.000Z',
        },
      ],
    });
  });

  it('lists every event of the place with its status tag, and 已结束 on a published one that is over', async () => {
    const sent = fakeApi({ 'GET events/managed': [ok(page([draft, upcoming, past, cancelled]))] });

    const { container } = renderPage();

    expect(await screen.findByText('五老讲红色故事')).toBeTruthy();
    expect(container.querySelectorAll('.managed-event')).toHaveLength(4);
    expect(statusTag('五老讲红色故事')?.className).toContain('managed-event__status--draft');
    expect(statusTag('五老讲红色故事')?.textContent).toBe('草稿');
    expect(statusTag('红石榴课堂·书法培训')?.className).toContain('managed-event__status--published');
    expect(statusTag('红石榴课堂·书法培训')?.textContent).toBe('已发布');
    expect(statusTag('假期托管班')?.className).toContain('managed-event__status--cancelled');
    expect(statusTag('假期托管班')?.textContent).toBe('已取消');
    expect(statusTag('石榴籽民族团结运动会')?.textContent).toBe('已发布');

    const ended = container.querySelectorAll('.managed-event__tag--ended');
    expect(ended).toHaveLength(1);
    expect(ended[0].textContent).toBe('已结束');
    expect(card('石榴籽民族团结运动会').contains(ended[0])).toBe(true);

    expect(within(card('石榴籽民族团结运动会')).getByText('已报名 30/30')).toBeTruthy();
    expect(within(card('五老讲红色故事')).getByText('11月28日 周六 14:00–16:00')).toBeTruthy();
    expect(sent.map((s) => s.url)).toEqual(['http://api.test/api/events/managed?placeId=ajilaqin&page=1&pageSize=20']);
  });

  it('choosing 草稿 asks for drafts only', async () => {
    const sent = fakeApi({ 'GET events/managed': [ok(page([draft, upcoming, past])), ok(page([draft]))] });
    const { container } = renderPage();
    await screen.findByText('红石榴课堂·书法培训');

    fireEvent.click(within(container.querySelector('.managed-events__filter') as HTMLElement).getByText('草稿'));

    expect(await screen.findByText('五老讲红色故事')).toBeTruthy();
    expect(screen.queryByText('红石榴课堂·书法培训')).toBeNull();
    expect(sent.map((s) => s.url)).toEqual([
      'http://api.test/api/events/managed?placeId=ajilaqin&page=1&pageSize=20',
      'http://api.test/api/events/managed?placeId=ajilaqin&status=draft&page=1&pageSize=20',
    ]);
  });

  it('opens the manage page of a tapped card', async () => {
    fakeApi({ 'GET events/managed': [ok(page([draft]))] });
    renderPage();

    fireEvent.click(await screen.findByText('五老讲红色故事'));

    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/organizer/pages/manage/index?id=event-draft' });
  });

  it('says how to start when there are no events', async () => {
    fakeApi({ 'GET events/managed': [ok(page([]))] });
    renderPage();

    expect(await screen.findByText('还没有活动，点上方按钮新建')).toBeTruthy();
  });

  it('refetches when an event mutation invalidates eventKeys.all', async () => {
    const sent = fakeApi({ 'GET events/managed': [ok(page([])), ok(page([draft]))] });
    const { client } = renderPage();
    await screen.findByText('还没有活动，点上方按钮新建');

    await client.invalidateQueries({ queryKey: eventKeys.all });

    expect(await screen.findByText('五老讲红色故事')).toBeTruthy();
    expect(sent).toHaveLength(2);
  });
});
