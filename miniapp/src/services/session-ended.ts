import Taro from '@tarojs/taro';

import { PagePath } from '@/routes';

const LOGIN_ROUTE = PagePath.Login.replace(/^\//, '');

/** Opens the login page once the session is gone, unless it is already on top. */
export function onSessionEnded(): void {
  const pages = Taro.getCurrentPages();
  const top = pages[pages.length - 1];
  if (top?.route?.replace(/^\//, '').startsWith(LOGIN_ROUTE)) return;
  Taro.navigateTo({ url: PagePath.Login });
}
