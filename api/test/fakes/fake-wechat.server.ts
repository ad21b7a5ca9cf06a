import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { encrypt, getSignature } from '@wecom/crypto';

import { plainSignature } from '../../src/infra/wechat/message-push';
import { closeServer, listenLocal, parseJson, readBody, sendJson } from './http-fake';

export interface FakeWechat {
  baseUrl: string;
  appId: string;
  appSecret: string;
  /** A single-use wx.login code for this user. */
  issueLoginCode(openid: string, unionid?: string): string;
  /** A single-use getPhoneNumber code for this 11-digit mainland number. */
  issuePhoneCode(phone: string): string;
  /** The next jscode2session answers 45011 (the code is not consumed). */
  rateLimitNext(): void;
  /** The current access token stops working: getuserphonenumber answers 42001 until a new one is fetched. */
  expireAccessToken(): void;
  /** Calls to cgi-bin/token and cgi-bin/stable_token so far. */
  readonly tokenFetches: number;
  /** The member accepts this template this many times (each acceptance is good for one message). */
  acceptTemplate(openid: string, templateId: string, times?: number): void;
  /** Subscribe messages delivered so far, as WeChat received them. */
  readonly subscribeMessages: SubscribeSent[];
  /** Texts checked so far (msg_sec_check v2). Text with 违禁 is risky, with 待审 review, anything else pass. */
  readonly textChecks: { openid: string; scene: number; content: string }[];
  /** Photos WeChat was asked to check (media_check_async v2); the verdict comes later, through pushMediaVerdict. */
  readonly mediaChecks: { traceId: string; openid: string; scene: number; mediaUrl: string }[];
  /** Pushes a media-check verdict to the app's message-push URL, as WeChat does within 30 minutes. */
  pushMediaVerdict(push: MediaVerdictPush): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export interface MediaVerdictPush {
  url: string;
  traceId: string;
  suggest: 'pass' | 'review' | 'risky';
  token: string;
  /** Safe mode (安全模式) with this EncodingAESKey; plain mode without. */
  aesKey?: string;
  /** Sign with another token, as a forger would. */
  forge?: boolean;
}

export interface SubscribeSent {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogram_state?: string;
}

/** subscribeMessage.send's limits per key type (longer values are refused with 47003). */
const VALUE_LIMITS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, time: 40 };

interface Reply {
  status?: number;
  body: object;
}

/**
 * A real HTTP server speaking the shapes of api.weixin.qq.com that the app uses: jscode2session,
 * cgi-bin/token, cgi-bin/stable_token (normal and force_refresh modes), wxa/business/getuserphonenumber and
 * cgi-bin/message/subscribe/send (one message per acceptance, 43101 without one, 47003 for over-long values),
 * wxa/msg_sec_check and wxa/media_check_async (v2), and the message push that carries a media verdict later
 * (plain and safe modes, or forged).
 */
export async function startFakeWechat(options: { appId?: string; appSecret?: string } = {}): Promise<FakeWechat> {
  const appId = options.appId ?? 'wx0123456789abcdef';
  const appSecret = options.appSecret ?? 'fake-app-secret';
  const loginCodes = new Map<string, { openid: string; unionid?: string }>();
  const phoneCodes = new Map<string, string>();
  let rateLimited = false;
  let tokenFetches = 0;
  let token: { value: string; expiresAt: number } | undefined;
  const expired = new Set<string>();
  const accepted = new Map<string, number>();
  const subscribeMessages: SubscribeSent[] = [];
  const textChecks: FakeWechat['textChecks'] = [];
  const mediaChecks: FakeWechat['mediaChecks'] = [];

  const newCode = () => randomBytes(16).toString('hex');
  const error = (errcode: number, errmsg: string): Reply => ({ body: { errcode, errmsg: `${errmsg} rid: fake` } });
  const checkApp = (appid: unknown, secret: unknown): Reply | undefined => {
    if (appid !== appId) return error(40013, 'invalid appid');
    if (secret !== appSecret) return error(40125, 'invalid appsecret');
    return undefined;
  };
  const checkToken = (query: URLSearchParams): Reply | undefined => {
    const given = query.get('access_token') ?? '';
    if (expired.has(given)) return error(42001, 'access_token expired');
    if (given !== token?.value) return error(40001, 'invalid credential, access_token is invalid or not latest');
    return undefined;
  };
  const issueToken = (): Reply => {
    token = { value: `fake-token-${newCode()}`, expiresAt: Date.now() + 7200_000 };
    return { body: { access_token: token.value, expires_in: 7200 } };
  };

  const routes: Record<string, (query: URLSearchParams, body: Record<string, unknown>) => Reply> = {
    'GET /sns/jscode2session': (query) => {
      const bad = checkApp(query.get('appid'), query.get('secret'));
      if (bad) return bad;
      if (query.get('grant_type') !== 'authorization_code') return error(40002, 'invalid grant_type');
      if (rateLimited) {
        rateLimited = false;
        return error(45011, 'api minute-quota reach limit  mustslower  retry next minute');
      }
      const code = query.get('js_code') ?? '';
      const user = loginCodes.get(code);
      if (!user) return error(40029, 'invalid code');
      loginCodes.delete(code);
      return {
        body: {
          session_key: randomBytes(16).toString('base64'),
          openid: user.openid,
          ...(user.unionid ? { unionid: user.unionid } : {}),
        },
      };
    },
    'GET /cgi-bin/token': (query) => {
      tokenFetches++;
      if (query.get('grant_type') !== 'client_credential') return error(40002, 'invalid grant_type');
      return checkApp(query.get('appid'), query.get('secret')) ?? issueToken();
    },
    'POST /cgi-bin/stable_token': (_query, body) => {
      tokenFetches++;
      if (body.grant_type !== 'client_credential') return error(40002, 'invalid grant_type');
      const bad = checkApp(body.appid, body.secret);
      if (bad) return bad;
      // Normal mode hands every caller the same live token; force_refresh replaces it.
      if (body.force_refresh !== true && token && !expired.has(token.value) && token.expiresAt > Date.now()) {
        return { body: { access_token: token.value, expires_in: Math.floor((token.expiresAt - Date.now()) / 1000) } };
      }
      return issueToken();
    },
    'POST /cgi-bin/message/subscribe/send': (query, body) => {
      const bad = checkToken(query);
      if (bad) return bad;
      const message = body as unknown as SubscribeSent;
      if (typeof message.touser !== 'string' || !message.touser.startsWith('o')) return error(40003, 'invalid openid');
      if (typeof message.template_id !== 'string' || !message.template_id) return error(40037, 'invalid template_id');
      if (!message.data || typeof message.data !== 'object') return error(47003, 'argument invalid! data is empty');
      for (const [key, entry] of Object.entries(message.data)) {
        const type = /^([a-z_]+?)\d+$/.exec(key)?.[1];
        const value = (entry as { value?: unknown })?.value;
        if (!type || typeof value !== 'string' || [...value].length > (VALUE_LIMITS[type] ?? 0)) {
          return error(47003, `argument invalid! data.${key}.value invalid`);
        }
      }
      const quota = accepted.get(`${message.touser} ${message.template_id}`) ?? 0;
      if (quota <= 0) return error(43101, 'user refuse to accept the msg');
      accepted.set(`${message.touser} ${message.template_id}`, quota - 1);
      subscribeMessages.push(message);
      return { body: { errcode: 0, errmsg: 'ok' } };
    },
    'POST /wxa/msg_sec_check': (query, body) => {
      const bad = checkToken(query);
      if (bad) return bad;
      if (body.version !== 2) return error(47001, 'data format error: version');
      if (typeof body.openid !== 'string' || !body.openid.startsWith('o')) return error(40003, 'invalid openid');
      if (![1, 2, 3, 4].includes(body.scene as number)) return error(40003, 'invalid scene');
      if (typeof body.content !== 'string' || [...body.content].length > 2500) return error(47001, 'content');
      textChecks.push({ openid: body.openid, scene: body.scene as number, content: body.content });
      const verdict = body.content.includes('违禁')
        ? { suggest: 'risky', label: 20001 }
        : body.content.includes('待审')
          ? { suggest: 'review', label: 20003 }
          : { suggest: 'pass', label: 100 };
      return {
        body: {
          errcode: 0,
          errmsg: 'ok',
          trace_id: `trace-${newCode()}`,
          result: verdict,
          detail: [{ strategy: 'content_model', errcode: 0, ...verdict, prob: 90 }],
        },
      };
    },
    'POST /wxa/media_check_async': (query, body) => {
      const bad = checkToken(query);
      if (bad) return bad;
      if (body.version !== 2 || body.media_type !== 2) return error(47001, 'data format error');
      if (typeof body.openid !== 'string' || !body.openid.startsWith('o')) return error(40003, 'invalid openid');
      if (typeof body.media_url !== 'string' || !/^https?:\/\//.test(body.media_url)) return error(40003, 'media_url');
      const traceId = `trace-${newCode()}`;
      mediaChecks.push({ traceId, openid: body.openid, scene: body.scene as number, mediaUrl: body.media_url });
      return { body: { errcode: 0, errmsg: 'ok', trace_id: traceId } };
    },
    'POST /wxa/business/getuserphonenumber': (query, body) => {
      const bad = checkToken(query);
      if (bad) return bad;
      const phone = typeof body.code === 'string' ? phoneCodes.get(body.code) : undefined;
      if (!phone) return error(40029, 'invalid code');
      phoneCodes.delete(body.code as string);
      return {
        body: {
          errcode: 0,
          errmsg: 'ok',
          phone_info: {
            phoneNumber: phone,
            purePhoneNumber: phone,
            countryCode: '86',
            watermark: { timestamp: Math.floor(Date.now() / 1000), appid: appId },
          },
        },
      };
    },
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const route = routes[`${req.method} ${url.pathname}`];
    const body = parseJson(await readBody(req));
    const reply: Reply = !route
      ? { status: 404, body: { errcode: 40066, errmsg: 'invalid url' } }
      : body === undefined
        ? error(47001, 'data format error')
        : route(url.searchParams, body);
    sendJson(res, reply.status ?? 200, reply.body);
  }

  const port = await listenLocal(server);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    appId,
    appSecret,
    issueLoginCode(openid, unionid) {
      const code = newCode();
      loginCodes.set(code, { openid, unionid });
      return code;
    },
    issuePhoneCode(phone) {
      const code = newCode();
      phoneCodes.set(code, phone);
      return code;
    },
    rateLimitNext() {
      rateLimited = true;
    },
    expireAccessToken() {
      if (token) expired.add(token.value);
    },
    get tokenFetches() {
      return tokenFetches;
    },
    acceptTemplate(openid, templateId, times = 1) {
      const key = `${openid} ${templateId}`;
      accepted.set(key, (accepted.get(key) ?? 0) + times);
    },
    subscribeMessages,
    textChecks,
    mediaChecks,
    async pushMediaVerdict(push) {
      const check = mediaChecks.find((c) => c.traceId === push.traceId);
      const label = { pass: 100, review: 20002, risky: 20002 }[push.suggest];
      const message = JSON.stringify({
        ToUserName: 'gh_fake',
        FromUserName: check?.openid ?? 'o-unknown',
        CreateTime: Math.floor(Date.now() / 1000),
        MsgType: 'event',
        Event: 'wxa_media_check',
        appid: appId,
        trace_id: push.traceId,
        version: 2,
        detail: [{ strategy: 'content_model', errcode: 0, suggest: push.suggest, label, prob: 90 }],
        errcode: 0,
        errmsg: 'ok',
        result: { suggest: push.suggest, label },
      });
      const signingToken = push.forge ? `${push.token}-forged` : push.token;
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = newCode().slice(0, 10);
      const query = new URLSearchParams({
        signature: plainSignature(signingToken, timestamp, nonce),
        timestamp,
        nonce,
      });
      let body = message;
      if (push.aesKey) {
        const cipherText = encrypt(push.aesKey, message, appId);
        query.set('encrypt_type', 'aes');
        query.set('msg_signature', getSignature(signingToken, timestamp, nonce, cipherText));
        body = JSON.stringify({ ToUserName: 'gh_fake', Encrypt: cipherText });
      }
      const response = await fetch(`${push.url}?${query.toString()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      return { status: response.status, text: await response.text() };
    },
    close: () => closeServer(server),
  };
}
