import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type MeSummary, type OrderAlertSettings, PlaceLevel, Role } from '@tongxin/types';
import type { ReactElement } from 'react';

import { ProfileCard } from '@/pages/me/profile-card';
import { PagePath } from '@/routes';

import { fail, fakeApi, ok, type SentRequest } from '../../../../../test/fake-api';
import { navigateTo, taroTest } from '../../../../../test/mocks/taro';
import { signIn } from '../../../../../test/session';
import OrderAlertsPage from './index';

const defaults: OrderAlertSettings = { enabled: true, quietStart: null, quietEnd: null, windowMinutes: 15 };

function renderWithClient(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}

const puts = (sent: SentRequest[]) => sent.filter((s) => s.method === 'PUT').map((s) => s.data);

describe('接单提醒 page', () => {
  beforeEach(() => {
    taroTest.reset();
    signIn();
  });

  it('shows the switch on by default and the push window, and saves quiet hours', async () => {
    const sent = fakeApi({
      'GET me/order-alerts': [ok(defaults)],
      'PUT me/order-alerts': [ok({ ...defaults, quietStart: '22:00', quietEnd: '07:00' })],
    });
    renderWithClient(<OrderAlertsPage />);
    expect(((await screen.findByRole('switch')) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/每 15 分钟最多一次/)).toBeTruthy();
    expect(screen.getByText('不设置').closest('.choice-chip')?.className).toContain('choice-chip--selected');

    fireEvent.click(screen.getByText('22:00–07:00'));
    await waitFor(() => expect(puts(sent)).toEqual([{ enabled: true, quietStart: '22:00', quietEnd: '07:00' }]));
    await waitFor(() =>
      expect(screen.getByText('22:00–07:00').closest('.choice-chip')?.className).toContain('choice-chip--selected'),
    );
  });

  it('turns 接单提醒 off, hiding the quiet hours', async () => {
    const sent = fakeApi({
      'GET me/order-alerts': [ok({ ...defaults, quietStart: '12:00', quietEnd: '14:00' })],
      'PUT me/order-alerts': [ok({ ...defaults, enabled: false, quietStart: '12:00', quietEnd: '14:00' })],
    });
    renderWithClient(<OrderAlertsPage />);
    fireEvent.click(await screen.findByRole('switch'));
    await waitFor(() => expect(puts(sent)).toEqual([{ enabled: false, quietStart: '12:00', quietEnd: '14:00' }]));
    await waitFor(() => expect(screen.queryByText('免打扰时段')).toBeNull());
  });

  it('says when the settings cannot be loaded, with a retry', async () => {
    fakeApi({ 'GET me/order-alerts': [fail(500, 'INTERNAL'), ok(defaults)] });
    renderWithClient(<OrderAlertsPage />);
    fireEvent.click(await screen.findByText('重试'));
    expect(await screen.findByRole('switch')).toBeTruthy();
  });
});

describe('我的 → 接单提醒', () => {
  beforeEach(() => taroTest.reset());

  const grant = (role: Role) => ({
    id: `grant-${role}`,
    role,
    placeId: 'grid-1',
    placeName: '阿吉拉沁第一网格',
    placeLevel: PlaceLevel.Grid,
    grantedAt: '2026-11-01T00:00:00.000Z',
  });

  it('is there for grid members and opens the settings', async () => {
    const rider: MeSummary = {
      id: 'r1',
      nickname: '巴特尔',
      avatarUrl: null,
      phone: null,
      roles: [grant(Role.PartTimeGridMember)],
    };
    fakeApi({ 'GET me': [ok(rider)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    renderWithClient(<ProfileCard user={rider} />);
    fireEvent.click(await screen.findByText('接单提醒'));
    expect(navigateTo).toHaveBeenCalledWith({ url: PagePath.OrderAlerts });
  });

  it('is not there for residents', async () => {
    const resident: MeSummary = { id: 'm1', nickname: '其其格', avatarUrl: null, phone: null, roles: [] };
    fakeApi({ 'GET me': [ok(resident)], 'GET notifications/unread-count': [ok({ count: 0 })] });
    renderWithClient(<ProfileCard user={resident} />);
    expect(await screen.findByText('消息通知')).toBeTruthy();
    expect(screen.queryByText('接单提醒')).toBeNull();
  });
});
