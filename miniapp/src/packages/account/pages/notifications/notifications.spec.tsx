import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type NotificationView, ON_BEHALF_HEADER, type Page } from '@tongxin/types';

import { PagePath } from '@/routes';
import { startActingFor, stopActingFor } from '@/stores/acting-for';

import { fail, fakeApi, ok, type SentRequest } from '../../../../../test/fake-api';
import { DAUGHTER, familyLink } from '../../../../../test/family-fixtures';
import { navigateTo, taroTest } from '../../../../../test/mocks/taro';
import { signIn } from '../../../../../test/session';
import NotificationsPage from './index';

const promoted: NotificationView = {
  id: 'n1',
  kind: 'event.promoted',
  title: '候补成功',
  body: '有人取消了报名，您已从候补转为「石榴籽课堂」的正式报名，请准时参加。',
  reportId: null,
  eventId: 'event-1',
  readAt: null,
  createdAt: '2026-11-22T06:00:00.000Z',
};

const escalated: NotificationView = {
  id: 'n2',
  kind: 'order.escalated',
  title: '工单超时上报',
  body: '1号楼东侧路灯不亮（已超时，请督办）',
  reportId: 'report-1',
  eventId: null,
  readAt: null,
  createdAt: '2026-11-22T05:00:00.000Z',
};

const changed: NotificationView = {
  id: 'n3',
  kind: 'event.changed',
  title: '活动信息变更',
  body: '「书画进社区」的时间或地点有变化，请查看最新安排。',
  reportId: null,
  eventId: 'event-3',
  readAt: '2026-11-21T09:00:00.000Z',
  createdAt: '2026-11-21T08:00:00.000Z',
};

function page(items: NotificationView[]): Page<NotificationView> {
  return { items, page: 1, pageSize: 20, total: items.length, hasMore: false };
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <NotificationsPage />
    </QueryClientProvider>,
  );
}

function notice(title: string): HTMLElement {
  return screen.getByText(title).closest('.notice') as HTMLElement;
}

const posts = (sent: SentRequest[]) => sent.filter((s) => s.method === 'POST').map((s) => s.url);

describe('消息通知 page', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('lists notices in pages of 20, unread ones marked, with 全部已读', async () => {
    const sent = fakeApi({
      'GET notifications/mine': [ok(page([promoted, escalated, changed]))],
      'GET notifications/unread-count': [ok({ count: 2 })],
    });

    const { container } = renderPage();

    expect(await screen.findByText('候补成功')).toBeTruthy();
    expect(notice('候补成功').classList.contains('notice--unread')).toBe(true);
    expect(notice('工单超时上报').classList.contains('notice--unread')).toBe(true);
    expect(notice('活动信息变更').classList.contains('notice')).toBe(true);
    expect(notice('活动信息变更').classList.contains('notice--unread')).toBe(false);
    expect(container.querySelectorAll('.notice__dot')).toHaveLength(2);
    expect(notice('候补成功').textContent).toContain('2026年11月22日 14:00');
    expect(await screen.findByText('2 条未读')).toBeTruthy();
    expect(container.querySelector('.notices__read-all')).not.toBeNull();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(sent.map((s) => s.url)).toContain('http://api.test/api/notifications/mine?page=1&pageSize=20');
  });

  it('tapping an unread event notice marks it read and opens the event', async () => {
    const sent = fakeApi({
      'GET notifications/mine': [ok(page([promoted, changed])), ok(page([{ ...promoted, readAt: 'now' }, changed]))],
      'GET notifications/unread-count': [ok({ count: 1 }), ok({ count: 0 })],
      'POST notifications/n1/read': [ok(undefined, 204)],
    });
    const { container } = renderPage();

    fireEvent.click(await screen.findByText('候补成功'));

    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.EventDetail('event-1') });
    await waitFor(() => expect(posts(sent)).toEqual(['http://api.test/api/notifications/n1/read']));
    // The read invalidates the inbox: the notice loses its unread style and 全部已读 goes away.
    await waitFor(() => expect(notice('候补成功').classList.contains('notice--unread')).toBe(false));
    expect(container.querySelector('.notices__read-all')).toBeNull();
  });

  it('tapping an escalation marks it read and opens the order with its history', async () => {
    const sent = fakeApi({
      'GET notifications/mine': [ok(page([escalated]))],
      'GET notifications/unread-count': [ok({ count: 1 })],
      'POST notifications/n2/read': [ok(undefined, 204)],
    });
    renderPage();

    fireEvent.click(await screen.findByText('工单超时上报'));

    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.OrderDetail('report-1') });
    await waitFor(() => expect(posts(sent)).toEqual(['http://api.test/api/notifications/n2/read']));
  });

  it('tapping a read notice opens it without marking it again', async () => {
    const sent = fakeApi({
      'GET notifications/mine': [ok(page([changed]))],
      'GET notifications/unread-count': [ok({ count: 0 })],
    });
    const { container } = renderPage();

    fireEvent.click(await screen.findByText('活动信息变更'));

    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.EventDetail('event-3') });
    expect(posts(sent)).toEqual([]);
    expect(container.querySelector('.notices__read-all')).toBeNull();
  });

  it('a notice about nothing with a page is only marked read', async () => {
    const sent = fakeApi({
      'GET notifications/mine': [ok(page([{ ...escalated, reportId: null }]))],
      'GET notifications/unread-count': [ok({ count: 1 })],
      'POST notifications/n2/read': [ok(undefined, 204)],
    });
    renderPage();

    fireEvent.click(await screen.findByText('工单超时上报'));

    await waitFor(() => expect(posts(sent)).toEqual(['http://api.test/api/notifications/n2/read']));
    expect(navigateTo).not.toHaveBeenCalled();
    expect(screen.queryByText('查看详情 ›')).toBeNull();
  });

  it('全部已读 marks every notice read', async () => {
    const sent = fakeApi({
      'GET notifications/mine': [
        ok(page([promoted, escalated])),
        ok(page([promoted, escalated].map((n) => ({ ...n, readAt: '2026-11-22T07:00:00.000Z' })))),
      ],
      'GET notifications/unread-count': [ok({ count: 2 }), ok({ count: 0 })],
      'POST notifications/read-all': [ok(undefined, 204)],
    });
    const { container } = renderPage();

    fireEvent.click(await screen.findByText('全部已读'));

    await waitFor(() => expect(container.querySelectorAll('.notice--unread')).toHaveLength(0));
    expect(container.querySelector('.notices__read-all')).toBeNull();
    expect(posts(sent)).toEqual(['http://api.test/api/notifications/read-all']);
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('shows 暂无消息 when the inbox is empty', async () => {
    fakeApi({
      'GET notifications/mine': [ok(page([]))],
      'GET notifications/unread-count': [ok({ count: 0 })],
    });
    renderPage();

    expect(await screen.findByText('暂无消息')).toBeTruthy();
  });

  it('shows why loading failed and retries', async () => {
    fakeApi({
      'GET notifications/mine': [fail(500, 'INTERNAL', '服务器开小差了'), ok(page([promoted]))],
      'GET notifications/unread-count': [ok({ count: 1 })],
    });
    renderPage();

    fireEvent.click(await screen.findByText('重试'));

    expect(await screen.findByText('候补成功')).toBeTruthy();
  });

  it('pull-down refresh fetches the inbox again', async () => {
    const sent = fakeApi({
      'GET notifications/mine': [ok(page([changed])), ok(page([promoted, changed]))],
      'GET notifications/unread-count': [ok({ count: 0 })],
    });
    renderPage();
    await screen.findByText('活动信息变更');

    taroTest.pullDownRefresh();

    expect(await screen.findByText('候补成功')).toBeTruthy();
    expect(sent.filter((s) => s.url.includes('notifications/mine'))).toHaveLength(2);
  });
});

describe('消息通知 while acting for a parent (亲情代办)', () => {
  const fixed: NotificationView = {
    id: 'n4',
    kind: 'order.finished',
    title: '您的上报已处理',
    body: '网格员已办完，请确认是否解决',
    reportId: 'report-9',
    eventId: null,
    readAt: null,
    createdAt: '2026-12-02T05:00:00.000Z',
  };

  beforeEach(() => {
    taroTest.reset();
    signIn({ id: DAUGHTER.id, nickname: DAUGHTER.name });
    startActingFor(familyLink());
  });
  afterEach(() => act(() => stopActingFor()));

  it('lists her mother’s notices, leaves them unread for her mother, and opens her report and events', async () => {
    const sent = fakeApi({ 'GET notifications/mine': [ok(page([fixed, promoted, escalated]))] });
    const { container } = renderPage();

    expect(screen.getByText('正在为 马桂芳 代办')).toBeTruthy();
    fireEvent.click(await screen.findByText('您的上报已处理'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: PagePath.ReportDetail('report-9') });
    fireEvent.click(screen.getByText('候补成功'));
    expect(navigateTo).toHaveBeenLastCalledWith({ url: PagePath.EventDetail('event-1') });
    // A handler's notice has no page for the parent.
    fireEvent.click(screen.getByText('工单超时上报'));
    expect(navigateTo).toHaveBeenCalledTimes(2);

    expect(container.querySelector('.notices__read-all')).toBeNull();
    expect(sent.map((s) => `${s.method} ${s.url.replace(/^.*\/api\//, '')} ${s.header[ON_BEHALF_HEADER]}`)).toEqual([
      'GET notifications/mine?page=1&pageSize=20 parent-1',
    ]);
  });
});
