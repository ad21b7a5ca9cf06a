import { createServer, type Socket } from 'node:net';

import { ErrorCode } from '@tongxin/types';

import type { DomainException } from '../src/infra/http/domain.exception';
import { TencentSmsSender } from '../src/infra/sms/tencent-sms.sender';
import { HttpWechatClient } from '../src/infra/wechat/http-wechat.client';
import { type FakeTencentSms, startFakeTencentSms } from './fakes/fake-tencent-sms.server';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';

async function failure(promise: Promise<unknown>): Promise<DomainException> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: DomainException) => error,
  );
}

/** A port that was free a moment ago and has nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('HttpWechatClient against the fake WeChat server', () => {
  let wx: FakeWechat;
  let client: HttpWechatClient;
  beforeAll(async () => {
    wx = await startFakeWechat();
  });
  beforeEach(() => {
    client = new HttpWechatClient({ baseUrl: wx.baseUrl, appId: wx.appId, appSecret: wx.appSecret, timeoutMs: 2000 });
  });
  afterAll(() => wx.close());

  it('exchanges a login code for the openid and unionid, without the session key', async () => {
    const session = await client.code2Session(wx.issueLoginCode('o-alice', 'u-alice'));
    expect(session).toEqual({ openid: 'o-alice', unionid: 'u-alice' });
    expect(await client.code2Session(wx.issueLoginCode('o-bob'))).toEqual({ openid: 'o-bob' });
  });

  it('answers WECHAT_CODE_INVALID for a code used twice or never issued', async () => {
    const code = wx.issueLoginCode('o-carol');
    await client.code2Session(code);
    const reused = await failure(client.code2Session(code));
    expect(reused.code).toBe(ErrorCode.WechatCodeInvalid);
    expect(reused.details).toMatchObject({ errcode: 40029 });
    expect((await failure(client.code2Session('never-issued'))).code).toBe(ErrorCode.WechatCodeInvalid);
  });

  it('answers WECHAT_RATE_LIMITED on 45011, and the code still works afterwards', async () => {
    const code = wx.issueLoginCode('o-dave');
    wx.rateLimitNext();
    expect((await failure(client.code2Session(code))).code).toBe(ErrorCode.WechatRateLimited);
    expect(await client.code2Session(code)).toEqual({ openid: 'o-dave' });
  });

  it('answers WECHAT_UNAVAILABLE when the app secret is wrong, without repeating the secret', async () => {
    const wrong = new HttpWechatClient({
      baseUrl: wx.baseUrl,
      appId: wx.appId,
      appSecret: 'not-the-secret',
      timeoutMs: 2000,
    });
    const error = await failure(wrong.code2Session(wx.issueLoginCode('o-erin')));
    expect(error.code).toBe(ErrorCode.WechatUnavailable);
    expect(error.details).toMatchObject({ errcode: 40125 });
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain('not-the-secret');
  });

  it('exchanges a phone code for the number; a used phone code is WECHAT_CODE_INVALID', async () => {
    const code = wx.issuePhoneCode('13812345678');
    expect(await client.getPhoneNumber(code)).toEqual({
      phoneNumber: '13812345678',
      purePhoneNumber: '13812345678',
      countryCode: '86',
    });
    expect((await failure(client.getPhoneNumber(code))).code).toBe(ErrorCode.WechatCodeInvalid);
  });

  it('fetches the access token once for concurrent calls and again after WeChat expires it', async () => {
    const before = wx.tokenFetches;
    const phones = ['13900000001', '13900000002', '13900000003', '13900000004', '13900000005'];
    const results = await Promise.all(phones.map((p) => client.getPhoneNumber(wx.issuePhoneCode(p))));
    expect(results.map((r) => r.purePhoneNumber)).toEqual(phones);
    expect(wx.tokenFetches - before).toBe(1);

    await client.getPhoneNumber(wx.issuePhoneCode('13900000006'));
    expect(wx.tokenFetches - before).toBe(1);

    wx.expireAccessToken();
    const again = await Promise.all([
      client.getPhoneNumber(wx.issuePhoneCode('13900000007')),
      client.getPhoneNumber(wx.issuePhoneCode('13900000008')),
    ]);
    expect(again.map((r) => r.purePhoneNumber)).toEqual(['13900000007', '13900000008']);
    expect(wx.tokenFetches - before).toBe(2);
  });

  it('answers WECHAT_UNAVAILABLE when WeChat cannot be reached', async () => {
    const port = await closedPort();
    const down = new HttpWechatClient({
      baseUrl: `http://127.0.0.1:${port}`,
      appId: 'wx',
      appSecret: 's3cret',
      timeoutMs: 2000,
    });
    const login = await failure(down.code2Session('any-code'));
    expect(login.code).toBe(ErrorCode.WechatUnavailable);
    expect(login.details).toEqual({ api: 'jscode2session', reason: 'ECONNREFUSED' });
    expect((await failure(down.getPhoneNumber('any-code'))).code).toBe(ErrorCode.WechatUnavailable);
  });

  it('answers WECHAT_UNAVAILABLE when WeChat does not answer in time', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket)); // accepts the connection, never replies
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const slow = new HttpWechatClient({
        baseUrl: `http://127.0.0.1:${port}`,
        appId: 'wx',
        appSecret: 's',
        timeoutMs: 200,
      });
      const error = await failure(slow.code2Session('any-code'));
      expect(error.code).toBe(ErrorCode.WechatUnavailable);
      expect(error.details).toEqual({ api: 'jscode2session', reason: 'timeout' });
    } finally {
      await new Promise((resolve) => {
        silent.close(resolve);
        for (const socket of sockets) socket.destroy();
      });
    }
  });

  it('checks text with msg_sec_check v2: pass, review and risky, with the author and the scene', async () => {
    const verdict = (content: string) => client.checkText({ openid: 'o-writer', scene: 3, content });
    expect(await verdict('楼道灯坏了')).toMatchObject({ suggest: 'pass', label: 100 });
    expect(await verdict('这段话待审')).toMatchObject({ suggest: 'review' });
    expect(await verdict('一段违禁内容')).toMatchObject({ suggest: 'risky', label: 20001 });
    expect(wx.textChecks.at(-1)).toEqual({ openid: 'o-writer', scene: 3, content: '一段违禁内容' });
    const refused = await failure(client.checkText({ openid: 'not-an-openid', scene: 2, content: 'x' }));
    expect(refused.code).toBe(ErrorCode.WechatUnavailable);
  });

  it('asks for a photo check and gets a trace id; the verdict is pushed later', async () => {
    const { traceId } = await client.checkMediaAsync({
      openid: 'o-writer',
      scene: 3,
      mediaUrl: 'https://tongxin.example/api/photos/p1?sig=abc',
    });
    expect(traceId).toMatch(/^trace-/);
    expect(wx.mediaChecks.at(-1)).toMatchObject({ traceId, openid: 'o-writer', scene: 3 });
  });
});

describe('TencentSmsSender against the fake Tencent Cloud SMS server', () => {
  let tc: FakeTencentSms;
  let sender: TencentSmsSender;
  const account = { region: 'ap-guangzhou', sdkAppId: '1400000000', signName: '同心社区', templateId: '2000001' };
  beforeAll(async () => {
    tc = await startFakeTencentSms();
    sender = new TencentSmsSender({
      ...account,
      secretId: tc.secretId,
      secretKey: tc.secretKey,
      endpoint: `http://${tc.endpoint}`,
    });
  });
  afterAll(() => tc.close());

  it('sends through the SDK, signed, to the +86 number with the code as the template parameter', async () => {
    await sender.send('13812345678', '482913');
    expect(tc.sent).toContainEqual({
      phone: '+8613812345678',
      code: '482913',
      templateId: '2000001',
      signName: '同心社区',
    });
    expect(tc.lastCodeFor('13812345678')).toBe('482913');
  });

  it('answers SMS_RATE_LIMITED when Tencent reports a per-number limit, and sends nothing', async () => {
    const before = tc.sent.length;
    tc.failNext('LimitExceeded.PhoneNumberDailyLimit');
    const error = await failure(sender.send('13812345678', '111111'));
    expect(error.code).toBe(ErrorCode.SmsRateLimited);
    expect(error.details).toEqual({ provider: 'tencent', code: 'LimitExceeded.PhoneNumberDailyLimit' });
    expect(tc.sent.length).toBe(before);
  });

  it('answers SMS_UNAVAILABLE when the signature is wrong', async () => {
    const forged = new TencentSmsSender({
      ...account,
      secretId: tc.secretId,
      secretKey: 'wrong',
      endpoint: `http://${tc.endpoint}`,
    });
    const error = await failure(forged.send('13812345678', '222222'));
    expect(error.code).toBe(ErrorCode.SmsUnavailable);
    expect(error.details).toEqual({ provider: 'tencent', code: 'AuthFailure.SignatureFailure' });
  });

  it('answers SMS_UNAVAILABLE when Tencent cannot be reached', async () => {
    const port = await closedPort();
    const down = new TencentSmsSender({
      ...account,
      secretId: 'id',
      secretKey: 'key',
      endpoint: `http://127.0.0.1:${port}`,
    });
    expect((await failure(down.send('13812345678', '333333'))).code).toBe(ErrorCode.SmsUnavailable);
  });
});
