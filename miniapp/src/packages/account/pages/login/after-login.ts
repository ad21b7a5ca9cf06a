import Taro from '@tarojs/taro';

import { PagePath } from '@/routes';

/** Back to the page that sent the user here, or to 我的 when the login page was opened directly. */
export function leaveLoginPage(): void {
  if (Taro.getCurrentPages().length > 1) {
    Taro.navigateBack();
  } else {
    Taro.switchTab({ url: PagePath.Me });
  }
}
