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

/**
 * Where the text or photo appears, as WeChat's content-security API numbers it: 1 a profile (nickname), 2 a comment,
 * 3 a forum post (reports, events, honours), 4 a social log.
 */
export type ContentScene = 1 | 2 | 3 | 4;

/** WeChat's verdict on a text or photo: refuse it, show it, or hold it for a person to look at. */
export type ContentSuggestion = 'pass' | 'review' | 'risky';

export interface TextCheck {
  /** The author's openid: WeChat only checks text of members who used the mini-program recently. */
  openid: string;
  scene: ContentScene;
  /** At most 2,500 characters. */
  content: string;
}

export interface TextVerdict {
  suggest: ContentSuggestion;
  /** WeChat's label: 100 normal, 10001 ads, 20001 politics, 20002 porn, 20003 abuse, … */
  label: number;
  traceId: string;
}

export interface MediaCheck {
  openid: string;
  scene: ContentScene;
  /** A URL WeChat can fetch the photo from (signed, valid long enough for WeChat's 30-minute window). */
  mediaUrl: string;
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

  /** security.msgSecCheck v2: WeChat's verdict on a member's text, synchronously. */
  abstract checkText(check: TextCheck): Promise<TextVerdict>;

  /**
   * security.mediaCheckAsync v2: WeChat fetches the photo and pushes its verdict (event `wxa_media_check`, with this
   * trace id) to the message-push URL within 30 minutes.
   */
  abstract checkMediaAsync(check: MediaCheck): Promise<{ traceId: string }>;
}
