import { AccessTokenCache, type Clock, type IssuedToken } from './access-token.cache';
import {
  type ContentSuggestion,
  type MediaCheck,
  type SubscribeMessage,
  type TextCheck,
  type TextVerdict,
  WechatClient,
  type WechatConfig,
  type WechatPhone,
  type WechatSession,
} from './wechat.client';
import {
  networkReason,
  SUBSCRIBE_REFUSED_ERRCODE,
  TOKEN_REJECTED_ERRCODES,
  type WechatApi,
  wechatError,
  wechatUnavailable,
} from './wechat-errors';

interface WechatReply {
  errcode?: number;
  errmsg?: string;
}

interface SessionReply extends WechatReply {
  openid?: string;
  unionid?: string;
  session_key?: string;
}

interface TokenReply extends WechatReply {
  access_token?: string;
  expires_in?: number;
}

interface PhoneReply extends WechatReply {
  phone_info?: { phoneNumber?: string; purePhoneNumber?: string; countryCode?: string | number };
}

interface SecCheckReply extends WechatReply {
  trace_id?: string;
  result?: { suggest?: string; label?: number };
}

const SUGGESTIONS: readonly ContentSuggestion[] = ['pass', 'review', 'risky'];

/**
 * WeChat's server API over HTTPS with Node's fetch. The access token comes from `cgi-bin/stable_token`
 * (normal mode): unlike `cgi-bin/token` it does not invalidate the token another replica already holds.
 */
export class HttpWechatClient extends WechatClient {
  private readonly baseUrl: string;
  private readonly tokens: AccessTokenCache;

  constructor(
    private readonly config: WechatConfig,
    clock: Clock = Date.now,
  ) {
    super();
    this.baseUrl = new URL(config.baseUrl).toString().replace(/\/+$/, '');
    this.tokens = new AccessTokenCache(() => this.fetchAccessToken(), clock);
  }

  async code2Session(code: string): Promise<WechatSession> {
    if (!code) throw wechatError(40029, 'jscode2session');
    const url = this.url('/sns/jscode2session', {
      appid: this.config.appId,
      secret: this.config.appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    });
    const reply = await this.call<SessionReply>('jscode2session', url);
    if (reply.errcode) throw wechatError(reply.errcode, 'jscode2session');
    if (typeof reply.openid !== 'string' || !reply.openid) throw wechatUnavailable('jscode2session', 'malformed-reply');
    // session_key stays here: nothing in the app decrypts wx data, so it is dropped, never returned or logged.
    return typeof reply.unionid === 'string' && reply.unionid
      ? { openid: reply.openid, unionid: reply.unionid }
      : { openid: reply.openid };
  }

  async getPhoneNumber(code: string): Promise<WechatPhone> {
    if (!code) throw wechatError(40029, 'getuserphonenumber');
    const reply = await this.withToken((token) => this.postPhoneCode(token, code));
    if (reply.errcode) throw wechatError(reply.errcode, 'getuserphonenumber');
    const info = reply.phone_info;
    if (!info || typeof info.phoneNumber !== 'string' || typeof info.purePhoneNumber !== 'string') {
      throw wechatUnavailable('getuserphonenumber', 'malformed-reply');
    }
    return {
      phoneNumber: info.phoneNumber,
      purePhoneNumber: info.purePhoneNumber,
      // Documented as a string, shown as a number in WeChat's own example.
      countryCode: String(info.countryCode ?? ''),
    };
  }

  async sendSubscribeMessage(message: SubscribeMessage): Promise<'sent' | 'refused'> {
    const body = {
      touser: message.openid,
      template_id: message.templateId,
      page: message.page,
      data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
      miniprogram_state: 'formal',
      lang: 'zh_CN',
    };
    const reply = await this.withToken((token) =>
      this.call<WechatReply>(
        'subscribe_send',
        this.url('/cgi-bin/message/subscribe/send', { access_token: token }),
        body,
      ),
    );
    if (reply.errcode === SUBSCRIBE_REFUSED_ERRCODE) return 'refused';
    if (reply.errcode) throw wechatError(reply.errcode, 'subscribe_send');
    return 'sent';
  }

  async checkText(check: TextCheck): Promise<TextVerdict> {
    const reply = await this.withToken((token) =>
      this.call<SecCheckReply>('msg_sec_check', this.url('/wxa/msg_sec_check', { access_token: token }), {
        content: check.content,
        version: 2,
        scene: check.scene,
        openid: check.openid,
      }),
    );
    if (reply.errcode) throw wechatError(reply.errcode, 'msg_sec_check');
    const suggest = reply.result?.suggest as ContentSuggestion | undefined;
    if (!suggest || !SUGGESTIONS.includes(suggest)) throw wechatUnavailable('msg_sec_check', 'malformed-reply');
    return { suggest, label: Number(reply.result?.label ?? 0), traceId: String(reply.trace_id ?? '') };
  }

  async checkMediaAsync(check: MediaCheck): Promise<{ traceId: string }> {
    const reply = await this.withToken((token) =>
      this.call<SecCheckReply>('media_check_async', this.url('/wxa/media_check_async', { access_token: token }), {
        media_url: check.mediaUrl,
        media_type: 2,
        version: 2,
        scene: check.scene,
        openid: check.openid,
      }),
    );
    if (reply.errcode) throw wechatError(reply.errcode, 'media_check_async');
    if (typeof reply.trace_id !== 'string' || !reply.trace_id) {
      throw wechatUnavailable('media_check_async', 'malformed-reply');
    }
    return { traceId: reply.trace_id };
  }

  /** Calls with the cached access token; when WeChat says the token is no longer good, once more with a new one. */
  private async withToken<T extends WechatReply>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.tokens.get();
    const reply = await call(token);
    if (!reply.errcode || !TOKEN_REJECTED_ERRCODES.has(reply.errcode)) return reply;
    this.tokens.invalidate(token);
    return call(await this.tokens.get());
  }

  private postPhoneCode(token: string, code: string): Promise<PhoneReply> {
    const url = this.url('/wxa/business/getuserphonenumber', { access_token: token });
    return this.call<PhoneReply>('getuserphonenumber', url, { code });
  }

  private async fetchAccessToken(): Promise<IssuedToken> {
    const reply = await this.call<TokenReply>('stable_token', this.url('/cgi-bin/stable_token', {}), {
      grant_type: 'client_credential',
      appid: this.config.appId,
      secret: this.config.appSecret,
    });
    if (reply.errcode) throw wechatError(reply.errcode, 'stable_token');
    if (typeof reply.access_token !== 'string' || !reply.access_token || typeof reply.expires_in !== 'number') {
      throw wechatUnavailable('stable_token', 'malformed-reply');
    }
    return { token: reply.access_token, expiresInSeconds: reply.expires_in };
  }

  private url(path: string, query: Record<string, string>): string {
    const params = new URLSearchParams(query).toString();
    return `${this.baseUrl}${path}${params ? `?${params}` : ''}`;
  }

  /** GET, or POST with a JSON body. Failures never mention the URL: it carries the secret or the token. */
  private async call<T extends WechatReply>(api: WechatApi, url: string, body?: object): Promise<T> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: body ? 'POST' : 'GET',
        headers: body ? { 'content-type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw wechatUnavailable(api, networkReason(error));
    }
    if (!response.ok) throw wechatUnavailable(api, `http-${response.status}`);
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') return parsed as T;
    } catch {
      // fall through: WeChat answered something that is not JSON (an HTML error page from a proxy, say)
    }
    throw wechatUnavailable(api, 'malformed-reply');
  }
}
