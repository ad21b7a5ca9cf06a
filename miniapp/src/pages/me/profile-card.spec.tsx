import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MeSummary } from '@tongxin/types';

import { PagePath } from '@/routes';

import { fakeApi, ok } from '../../../test/fake-api';
import { navigateTo, taroTest } from '../../../test/mocks/taro';
import { ProfileCard } from './profile-card';

const user: MeSummary = { id: 'member-1', nickname: '其其格', avatarUrl: null, phone: '13800000001', roles: [] };

function renderCard(shown: MeSummary = user) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ProfileCard user={shown} />
    </QueryClientProvider>,
  );
}

describe('我的 → 消息通知', () => {
  beforeEach(() => taroTest.reset());

  it('shows the unread count as a badge and opens the inbox', async () => {
    fakeApi({ 'GET me': [ok(user)], 'GET notifications/unread-count': [ok({ count: 3 })] });
    const { container } = renderCard();

    expect(await screen.findByText('3 条未读')).toBeTruthy();
    const row = container.querySelector('.menu-notifications') as HTMLElement;
    expect(row.querySelector('.menu-notifications__badge')?.textContent).toBe('3');
    // First in the first settings card.
    expect(container.querySelector('.settings-card .menu-row')).toBe(row);

    fireEvent.click(screen.getByText('消息通知'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.Notifications });
  });

  it('shows no badge when everything is read', async () => {
    const sent = fakeApi({ 'GET me': [ok(user)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    const { container } = renderCard();
    await waitFor(() => expect(sent.some((s) => s.url.endsWith('notifications/unread-count'))).toBe(true));
    await act(() => Promise.resolve());

    expect(screen.getByText('活动变动、工单进展')).toBeTruthy();
    expect(container.querySelector('.menu-notifications__badge')).toBeNull();
  });
});

describe('我的 → staff entries for moderation', () => {
  beforeEach(() => taroTest.reset());

  const grant = { id: 'g1', placeId: 'place-1', placeName: '兴旺社区', grantedAt: '2026-11-01T00:00:00.000Z' };

  it('community staff open 内容审核; only street admins see 敏感词管理', async () => {
    const staff: MeSummary = { ...user, roles: [{ ...grant, role: 'community_staff', placeLevel: 'community' }] };
    fakeApi({ 'GET me': [ok(staff)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    const { unmount } = renderCard(staff);

    fireEvent.click(await screen.findByText('内容审核'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.StaffModeration });
    expect(screen.queryByText('敏感词管理')).toBeNull();
    unmount();

    const admin: MeSummary = {
      ...user,
      roles: [{ ...grant, role: 'street_admin', placeLevel: 'street', placeName: '滨河街道' }],
    };
    fakeApi({ 'GET me': [ok(admin)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    renderCard(admin);
    fireEvent.click(await screen.findByText('敏感词管理'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.StaffModerationWords });
  });

  it('residents see neither', async () => {
    const sent = fakeApi({ 'GET me': [ok(user)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    renderCard();
    await waitFor(() => expect(sent.some((s) => s.url.endsWith('/api/me'))).toBe(true));
    await act(() => Promise.resolve());
    expect(screen.queryByText('内容审核')).toBeNull();
  });
});

describe('我的 → 数据看板 and 网格考评', () => {
  beforeEach(() => taroTest.reset());

  const grant = { id: 'g1', placeId: 'grid-1', placeName: '阿吉拉沁第一网格', grantedAt: '2026-11-01T00:00:00.000Z' };

  it('grid workers open the dashboard of their grid too, without the staff desk', async () => {
    const worker: MeSummary = { ...user, roles: [{ ...grant, role: 'grid_worker', placeLevel: 'grid' }] };
    fakeApi({ 'GET me': [ok(worker)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    renderCard(worker);

    fireEvent.click(await screen.findByText('数据看板'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.StaffFigures });
    fireEvent.click(screen.getByText('网格考评'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.StaffScorecards() });
    expect(screen.queryByText('住址审核')).toBeNull();
  });

  it('residents and part-time grid members see neither', async () => {
    const rider: MeSummary = { ...user, roles: [{ ...grant, role: 'part_time_grid_member', placeLevel: 'grid' }] };
    fakeApi({ 'GET me': [ok(rider)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    renderCard(rider);
    await screen.findByText('接单提醒');
    expect(screen.queryByText('数据看板')).toBeNull();
  });
});
