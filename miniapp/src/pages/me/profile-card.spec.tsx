import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MeSummary } from '@tongxin/types';

import { PagePath } from '@/routes';

import { fakeApi, ok } from '../../../test/fake-api';
import { navigateTo, taroTest } from '../../../test/mocks/taro';
import { ProfileCard } from './profile-card';

const user: MeSummary = { id: 'member-1', nickname: '其其格', avatarUrl: null, phone: '13800000001', roles: [] };

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ProfileCard user={user} />
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
