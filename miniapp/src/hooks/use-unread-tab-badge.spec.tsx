import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';

import { clearSession } from '@/services/session';

import { fakeApi, ok } from '../../test/fake-api';
import { removeTabBarBadge, setTabBarBadge, taroTest } from '../../test/mocks/taro';
import { signIn } from '../../test/session';
import { badgeText, useUnreadTabBadge } from './use-unread-tab-badge';

function TabPage() {
  useUnreadTabBadge();
  return null;
}

function renderTab() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <TabPage />
    </QueryClientProvider>,
  );
}

describe('the unread badge on the 我的 tab', () => {
  beforeEach(() => {
    taroTest.reset();
    clearSession();
    setTabBarBadge.mockClear();
    removeTabBarBadge.mockClear();
  });

  it('shows the count on the fourth tab and clears it once all is read, looking again when a tab is shown', async () => {
    signIn();
    fakeApi({ 'GET notifications/unread-count': [ok({ count: 3 }), ok({ count: 0 })] });
    renderTab();
    await waitFor(() => expect(setTabBarBadge).toHaveBeenCalledWith({ index: 3, text: '3' }));

    removeTabBarBadge.mockClear();
    await act(async () => {
      taroTest.didShow();
    });
    await waitFor(() => expect(removeTabBarBadge).toHaveBeenCalledWith({ index: 3 }));
  });

  it('asks nothing and shows no badge when signed out', async () => {
    const sent = fakeApi({});
    renderTab();
    await waitFor(() => expect(removeTabBarBadge).toHaveBeenCalledWith({ index: 3 }));
    expect(sent).toEqual([]);
    expect(setTabBarBadge).not.toHaveBeenCalled();
  });

  it('caps the text at 99+', () => {
    expect([0, 1, 99, 100].map(badgeText)).toEqual([null, '1', '99', '99+']);
  });
});
