/** How to reach WeChat's server API (api.weixin.qq.com in production, a fake in tests). */
export interface WechatConfig {
  baseUrl: string;
  appId: string;
  appSecret: string;
  timeoutMs: number;
}

/** Who a wx.login code belongs to. session_key is deliberately absent: it never leaves the client. */
export interface WechatSession {
  openid: string;
  unionid?: string;
}

/** A phone number the user chose to share through getPhoneNumber. */
export interface WechatPhone {
  phoneNumber: string;
  purePhoneNumber: string;
  countryCode: string;
}

/** WeChat's server API as the app needs it; an abstract class so it can be a Nest injection token. */
export abstract class WechatClient {
  /** Exchanges a wx.login code (single-use, 5 minutes) for the user's openid. */
  abstract code2Session(code: string): Promise<WechatSession>;

  /** Exchanges a getPhoneNumber button code (single-use, 5 minutes) for the user's phone number. */
  abstract getPhoneNumber(code: string): Promise<WechatPhone>;
}
