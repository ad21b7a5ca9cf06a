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

/** One subscribe message (订阅消息): a template the member accepted, filled in, opening `page` when tapped. */
export interface SubscribeMessage {
  openid: string;
  templateId: string;
  /** A mini-app page path without the leading slash, with its query. */
  page: string;
  /** The template's keys (thing1, time2, …) and their values, already within WeChat's per-type limits. */
  data: Record<string, string>;
}

/** WeChat's server API as the app needs it; an abstract class so it can be a Nest injection token. */
export abstract class WechatClient {
  /** Exchanges a wx.login code (single-use, 5 minutes) for the user's openid. */
  abstract code2Session(code: string): Promise<WechatSession>;

  /** Exchanges a getPhoneNumber button code (single-use, 5 minutes) for the user's phone number. */
  abstract getPhoneNumber(code: string): Promise<WechatPhone>;

  /**
   * Sends a subscribe message. 'refused' when the member has not accepted the template (or used up what they
   * accepted: each acceptance is good for one message), which is not an error.
   */
  abstract sendSubscribeMessage(message: SubscribeMessage): Promise<'sent' | 'refused'>;
}
