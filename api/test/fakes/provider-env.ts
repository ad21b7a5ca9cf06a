import type { FakeTencentSms } from './fake-tencent-sms.server';
import type { FakeWechat } from './fake-wechat.server';

/** The API's environment for talking to the fake SMS and WeChat servers instead of the real providers. */
export function providerEnv(sms: FakeTencentSms, wx: FakeWechat, extra: Record<string, string> = {}) {
  return {
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: sms.secretId,
    TENCENT_SMS_SECRET_KEY: sms.secretKey,
    TENCENT_SMS_SDK_APP_ID: '1400000000',
    TENCENT_SMS_SIGN_NAME: '同心社区',
    TENCENT_SMS_TEMPLATE_ID: '1000001',
    TENCENT_SMS_ENDPOINT: `http://${sms.endpoint}`,
    WECHAT_API_BASE: wx.baseUrl,
    WECHAT_APPID: wx.appId,
    WECHAT_SECRET: wx.appSecret,
    ...extra,
  };
}
