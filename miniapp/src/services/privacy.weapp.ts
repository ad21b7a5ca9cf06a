import Taro from '@tarojs/taro';

import { requestPrivacyConsent } from '@/stores/privacy-request';

/**
 * WeChat holds getLocation, chooseMedia, scanCode and the phone-number button until the member agrees to the
 * privacy guide; it asks us here, and PageShell's PrivacyDialog answers.
 */
export function installPrivacyHandler(): void {
  Taro.onNeedPrivacyAuthorization((resolve) => requestPrivacyConsent(resolve));
}
