import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { EventView, RegistrationView } from '@tongxin/types';
import { ErrorCode, ON_BEHALF_HEADER } from '@tongxin/types';

import { startActingFor, stopActingFor } from '@/stores/acting-for';

import { fakeApi, ok } from '../../../../../test/fake-api';
import { DAUGHTER, familyLink } from '../../../../../test/family-fixtures';
import { request as taroRequest, taroTest } from '../../../../../test/mocks/taro';
import { pageOf } from '../../../../../test/report-fixtures';
import { signIn } from '../../../../../test/session';
import EventDetailPage from './index';

const event: EventView = {
  id: 'event-1',
  title: '石榴花开在青城·民族文化节',
  type: 'festival',
  venue: '滨河街道文化广场',
  startsAt: '2099-11-28T06:00:00.000Z',
  endsAt: '2099-11-28T08:00:00.000Z',
  capacity: 200,
  pointsReward: 20,
  placeId: 'place-1',
  placeName: '滨河街道',
  description: '各族居民同台展示民族歌舞。',
  status: 'published',
  coverUrl: null,
  signupOpensAt: null,
  signupClosesAt: null,
  needsApproval: false,
  cancelDeadlineHours: 2,
  confirmedCount: 198,
  waitingCount: 0,
  myRegistration: null,
  series: null,
};

const registration: RegistrationView = {
  id: 'reg-1',
  eventId: 'event-1',
  eventTitle: event.title,
  eventStartsAt: event.startsAt,
  eventEndsAt: event.endsAt,
  venue: event.venue,
  status: 'confirmed',
  rated: false,
  waitingPosition: null,
  dependents: [{ name: '小明', age: 7 }],
  checkedInAt: null,
  createdAt: '2026-11-22T06:00:00.000Z',
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

  it('loads the event view by id and shows its facts and places left', async () => {
    const sent = fakeApi({ 'GET events/event-1/view': [ok(event)] });

    const { container } = renderPage();

    expect(container.querySelector('.list-state--loading')).not.toBeNull();
    expect(await screen.findByText('石榴花开在青城·民族文化节')).toBeTruthy();
    expect(screen.getByText('文化节')).toBeTruthy();
    expect(screen.getByText('200 人')).toBeTruthy();
    expect(screen.getByText('参加可得 20 积分')).toBeTruthy();
    expect(screen.getByText('剩余 2 个名额')).toBeTruthy();
    expect(screen.getByText('登录后报名')).toBeTruthy();
    expect(sent[0].url).toBe('http://api.test/api/events/event-1/view');
  });

  it('signs up with a child as a dependent, then shows 已报名 with the child', async () => {
    signIn();
    const sent = fakeApi({
      'GET events/event-1/view': [ok(event), ok({ ...event, confirmedCount: 199, myRegistration: registration })],
      'POST events/event-1/registrations': [ok(registration, 201)],
    });

    renderPage();
    fireEvent.click(await screen.findByText('+ 添加随行人员'));
    fireEvent.change(screen.getByPlaceholderText('姓名'), { target: { value: '小明' } });
    fireEvent.change(screen.getByPlaceholderText('年龄'), { target: { value: '7' } });
    fireEvent.click(screen.getByText('立即报名'));

    expect(await screen.findByText('已报名')).toBeTruthy();
    expect(screen.getByText('随行：小明（7岁）')).toBeTruthy();
    expect(screen.getByText('剩余 1 个名额')).toBeTruthy();
    const post = sent.find((s) => s.method === 'POST');
    expect(post?.data).toEqual({ dependents: [{ name: '小明', age: 7 }] });
    expect(post?.header.Authorization).toBe('Bearer access');
  });

  it('offers the waiting list when full and explains a refusal', async () => {
    signIn();
    fakeApi({
      'GET events/event-1/view': [ok({ ...event, confirmedCount: 200, waitingCount: 3 })],
      'POST events/event-1/registrations': [
        () => ({ statusCode: 403, data: { code: ErrorCode.Forbidden, message: 'forbidden' } }),
      ],
    });

    renderPage();
    expect(await screen.findByText('名额已满')).toBeTruthy();
    expect(screen.getByText(/候补 3 人/)).toBeTruthy();
    fireEvent.click(screen.getByText('名额已满，加入候补'));
    expect(await screen.findByText('这个活动只面向本社区（网格）居民')).toBeTruthy();
  });

  it('offers a session of a series alone or with every session ahead, and cancels the whole series sign-up', async () => {
    signIn();
    const session: EventView = {
      ...event,
      title: '红石榴课堂',
      series: { id: 'series-1', index: 2, total: 12, weekdays: [2], openSessions: 10, mySessions: 0 },
    };
    const signedUp = { ...session, series: { ...session.series!, mySessions: 10 } };
    const sent = fakeApi({
      'GET events/event-1/view': [ok(session), ok(signedUp)],
      'POST event-series/series-1/registrations': [
        ok({ seriesId: 'series-1', sessions: [], confirmed: 9, waiting: 1, pendingApproval: 0 }),
      ],
      'POST event-series/series-1/registrations/cancel': [ok({ seriesId: 'series-1', cancelled: 10, kept: 0 })],
    });

    renderPage();
    expect(await screen.findByText('系列活动 第 2/12 场')).toBeTruthy();
    expect(screen.getByText('报名本场')).toBeTruthy();
    fireEvent.click(screen.getByText('报名全部场次（10 场）'));
    expect(await screen.findByText('你已报名本系列以后的 10 场')).toBeTruthy();
    expect(sent.find((s) => s.url.endsWith('event-series/series-1/registrations'))?.method).toBe('POST');

    fireEvent.click(screen.getByText('取消全部场次报名'));
    fireEvent.click(within(screen.getByRole('dialog')).getByText('确认取消'));
    await waitFor(() =>
      expect(sent.some((s) => s.url.endsWith('event-series/series-1/registrations/cancel'))).toBe(true),
    );
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

  it('lets a member flag the event, but not those who manage it', async () => {
    signIn();
    const sent = fakeApi({ 'GET events/event-1/view': [ok(event)], 'POST flags': [ok({ hidden: false }, 201)] });
    const { unmount } = renderPage();

    fireEvent.click(await screen.findByText('举报'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('举报这个活动')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('违法违规'));
    fireEvent.click(within(dialog).getByText('提交举报'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent.find((s) => s.method === 'POST')?.data).toEqual({ kind: 'event', id: 'event-1', reason: 'illegal' });
    unmount();

    const grant = { id: 'g1', placeId: 'place-1', placeName: '滨河街道', grantedAt: '2026-11-01T00:00:00.000Z' };
    signIn({ roles: [{ ...grant, role: 'organizer', placeLevel: 'community' }] });
    renderPage();
    expect(await screen.findByText('活动管理（签到、名单）')).toBeTruthy();
    expect(screen.queryByText('举报')).toBeNull();
  });
});

describe('event sign-up while acting for a parent (亲情代办)', () => {
  const mine = { ...registration, id: 'reg-own', dependents: [] };

  beforeEach(() => {
    taroTest.reset();
    taroTest.setRouterParams({ id: 'event-1' });
    signIn({ id: DAUGHTER.id, nickname: DAUGHTER.name });
    startActingFor(familyLink());
  });
  afterEach(() => act(() => stopActingFor()));

  it('signs her mother up (not herself, though she is signed up), then shows and cancels her mother’s sign-up', async () => {
    const mums = { ...registration, id: 'reg-mum', dependents: [] };
    const sent = fakeApi({
      'GET events/event-1/view': [ok({ ...event, myRegistration: mine })],
      'GET events/registrations/mine': [ok(pageOf([])), ok(pageOf([mums])), ok(pageOf([]))],
      'POST events/event-1/registrations': [ok(mums, 201)],
      'POST events/registrations/reg-mum/cancel': [ok({ ...mums, status: 'cancelled' })],
    });
    renderPage();

    expect(screen.getByText('正在为 马桂芳 代办')).toBeTruthy();
    fireEvent.click(await screen.findByText('为马桂芳报名'));
    expect(await screen.findByText('这是为马桂芳的报名')).toBeTruthy();
    // Her ticket is her mother's to show: no 查看入场券 for the daughter.
    expect(screen.queryByText('查看入场券')).toBeNull();

    fireEvent.click(screen.getByText('取消报名'));
    fireEvent.click(within(screen.getByRole('dialog')).getByText('确认取消'));
    expect(await screen.findByText('为马桂芳报名')).toBeTruthy();

    const forMum = sent.filter((s) => s.header[ON_BEHALF_HEADER] === 'parent-1');
    expect(forMum.map((s) => `${s.method} ${s.url.replace(/^.*\/api\//, '').replace(/\?.*$/, '')}`)).toEqual([
      'GET events/registrations/mine',
      'POST events/event-1/registrations',
      'GET events/registrations/mine',
      'POST events/registrations/reg-mum/cancel',
      'GET events/registrations/mine',
    ]);
    // The event itself is read as herself (its page is not one a family member reads for a parent).
    expect(sent.find((s) => s.url.endsWith('/events/event-1/view'))?.header[ON_BEHALF_HEADER]).toBeUndefined();
  });

  it('offers no 报名全部场次 for a parent', async () => {
    const series = { id: 'series-1', index: 2, total: 12, weekdays: [2], openSessions: 10, mySessions: 0 };
    fakeApi({
      'GET events/event-1/view': [ok({ ...event, series })],
      'GET events/registrations/mine': [ok(pageOf([]))],
    });
    renderPage();
    expect(await screen.findByText('为马桂芳报名')).toBeTruthy();
    expect(screen.getByText('系列活动 第 2/12 场')).toBeTruthy();
    expect(screen.queryByText(/全部场次/)).toBeNull();
  });
});
