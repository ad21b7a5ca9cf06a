import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SafetyCheckView } from '@tongxin/types';

import { clearSession } from '@/services/session';

import { fail, fakeApi, ok } from '../../../test/fake-api';
import { taroTest } from '../../../test/mocks/taro';
import { signIn } from '../../../test/session';
import { SafetyCheckCard } from './safety-check-card';

const state = (extra: Partial<SafetyCheckView> = {}): SafetyCheckView => ({
  enrolled: true,
  lastDay: '2026-12-08',
  checkedToday: false,
  ...extra,
});

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SafetyCheckCard />
    </QueryClientProvider>,
  );
}

describe('首页 平安打卡', () => {
  beforeEach(() => taroTest.reset());

  it('gives an enrolled elder one big button; after the tap it says 今日已打卡', async () => {
    signIn({ nickname: '马桂芳' });
    const sent = fakeApi({
      'GET me/safety-check': [ok(state())],
      'POST me/safety-check': [ok(state({ checkedToday: true, lastDay: '2026-12-10' }))],
    });
    renderCard();
    fireEvent.click(await screen.findByText('今天平安，点一下'));
    expect(await screen.findByText('✓ 今日已打卡')).toBeTruthy();
    expect(screen.queryByText('今天平安，点一下')).toBeNull();
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(1);
  });

  it('says 今日已打卡 at once when the elder (or family) already tapped today', async () => {
    signIn({ nickname: '马桂芳' });
    fakeApi({ 'GET me/safety-check': [ok(state({ checkedToday: true }))] });
    renderCard();
    expect(await screen.findByText('✓ 今日已打卡')).toBeTruthy();
  });

  it('keeps the button when the tap fails, saying so', async () => {
    signIn({ nickname: '马桂芳' });
    fakeApi({
      'GET me/safety-check': [ok(state())],
      'POST me/safety-check': [fail(503, 'INTERNAL_ERROR', '服务繁忙')],
    });
    renderCard();
    fireEvent.click(await screen.findByText('今天平安，点一下'));
    expect(await screen.findByText('服务繁忙，请再点一次')).toBeTruthy();
    expect(screen.getByText('今天平安，点一下')).toBeTruthy();
  });

  it('shows nothing to a member who is not enrolled, and asks nothing when signed out', async () => {
    signIn({ nickname: '其其格' });
    const sent = fakeApi({ 'GET me/safety-check': [ok(state({ enrolled: false }))] });
    const { container, unmount } = renderCard();
    await waitFor(() => expect(sent).toHaveLength(1));
    await act(() => Promise.resolve());
    expect(container.innerHTML).toBe('');
    unmount();

    clearSession();
    const none = fakeApi({});
    const signedOut = renderCard();
    await act(() => Promise.resolve());
    expect(signedOut.container.innerHTML).toBe('');
    expect(none).toEqual([]);
  });
});
