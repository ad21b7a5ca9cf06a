import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';

import { PagePath, TAB_PATHS } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { useUnreadCountQuery } from './use-notifications-query';

const ME_TAB = TAB_PATHS.indexOf(PagePath.Me);

/** The badge text for `count` unread notices, or null for none. */
export function badgeText(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

/**
 * The unread count as a badge on the 我的 tab. Called by every tab page: whichever tab is shown looks again, so
 * a notice that arrived meanwhile shows up, and reading them all clears it.
 */
export function useUnreadTabBadge(): void {
  const user = useSessionUser();
  const unread = useUnreadCountQuery(user !== null);
  useDidShow(() => {
    if (user && !unread.isFetching) unread.refetch();
  });
  const text = user ? badgeText(unread.data?.count ?? 0) : null;
  useEffect(() => {
    // Fails only when the tab bar is not shown (a page opened directly): nothing to mark then.
    const ignore = () => undefined;
    if (text) Taro.setTabBarBadge({ index: ME_TAB, text }).catch(ignore);
    else Taro.removeTabBarBadge({ index: ME_TAB }).catch(ignore);
  }, [text]);
}
