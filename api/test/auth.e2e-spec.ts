import { JwtService } from '@nestjs/jwt';
import {
  type ApiErrorBody,
  type AuthTokens,
  ErrorCode,
  type MeResponse,
  type SendSmsCodeRequest,
  type SmsLoginRequest,
} from '@tongxin/types';

import { SmsCode } from '../src/modules/auth/sms-code.entity';
import { User } from '../src/modules/users/user.entity';
import { type FakeTencentSms, startFakeTencentSms } from './fakes/fake-tencent-sms.server';
import { type FakeWechat, startFakeWechat } from './fakes/fake-wechat.server';
import { providerEnv } from './fakes/provider-env';
import { client } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

describe('login, sessions and personal data', () => {
  let sms: FakeTencentSms;
  let wx: FakeWechat;
  let t: TestApp;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sms = await startFakeTencentSms();
    wx = await startFakeWechat();
    t = await startTestApp(providerEnv(sms, wx));
    api = client(t.baseUrl);
  });
  afterAll(async () => {
    await t.close();
    await sms.close();
    await wx.close();
  });

  const sendCode = (phone: string) => api.post<ApiErrorBody>('/auth/sms/send', { phone } satisfies SendSmsCodeRequest);
  const smsLogin = (phone: string, code: string) =>
    api.post<AuthTokens & ApiErrorBody>('/auth/sms/login', { phone, code } satisfies SmsLoginRequest);

  describe('phone + SMS code', () => {
    it('sends a code through the SMS provider and logs in with it, once', async () => {
      expect((await sendCode('13900001111')).status).toBe(202);
      const code = sms.lastCodeFor('13900001111');
      expect(sms.sent.at(-1)).toMatchObject({ phone: '+8613900001111', templateId: '1000001', signName: '同心社区' });
      expect(code).toMatch(/^\d{6}$/);

      const login = await smsLogin('13900001111', code as string);
      expect(login.status).toBe(200);
      expect(login.body.user.phone).toBe('13900001111');
      expect(login.body.expiresIn).toBe(900);

      const reuse = await smsLogin('13900001111', code as string);
      expect(reuse.status).toBe(400);
      expect(reuse.body.code).toBe(ErrorCode.SmsCodeInvalid);
    });

    it('finds the same account on the next login', async () => {
      await sendCode('13900009999');
      const first = await smsLogin('13900009999', sms.lastCodeFor('13900009999') as string);
      await t.dataSource.createQueryBuilder().delete().from(SmsCode).execute(); // past the cooldown
      await sendCode('13900009999');
      const second = await smsLogin('13900009999', sms.lastCodeFor('13900009999') as string);
      expect(second.body.user.id).toBe(first.body.user.id);
    });

    it('keeps the phone encrypted and the code hashed at rest', async () => {
      await sendCode('13900002222');
      const code = sms.lastCodeFor('13900002222') as string;
      const rows = await t.dataSource.manager.find(SmsCode);
      expect(JSON.stringify(rows)).not.toContain(code);
      await smsLogin('13900002222', code);
      const users = await t.dataSource.manager.find(User);
      expect(JSON.stringify(users)).not.toContain('13900002222');
      expect(users.some((u) => u.phoneCipher?.startsWith('v1:'))).toBe(true);
    });

    it('refuses a second code inside the cooldown', async () => {
      expect((await sendCode('13900003333')).status).toBe(202);
      const again = await sendCode('13900003333');
      expect(again.status).toBe(429);
      expect(again.body.code).toBe(ErrorCode.SmsRateLimited);
    });

    it('locks a code after repeated wrong guesses', async () => {
      await sendCode('13900004444');
      const code = sms.lastCodeFor('13900004444') as string;
      const wrong = code === '111111' ? '222222' : '111111';
      const first = await smsLogin('13900004444', wrong);
      expect(first.body).toMatchObject({ code: ErrorCode.SmsCodeInvalid, details: { attemptsLeft: 4 } });
      for (let i = 0; i < 3; i += 1)
        expect((await smsLogin('13900004444', wrong)).body.code).toBe(ErrorCode.SmsCodeInvalid);
      expect((await smsLogin('13900004444', wrong)).body.code).toBe(ErrorCode.SmsCodeLocked);
      const right = await smsLogin('13900004444', code);
      expect(right.status).toBe(429);
      expect(right.body.code).toBe(ErrorCode.SmsCodeLocked);
    });

    it('refuses an expired code', async () => {
      await sendCode('13900005555');
      const code = sms.lastCodeFor('13900005555') as string;
      await t.dataSource
        .createQueryBuilder()
        .update(SmsCode)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .execute();
      expect((await smsLogin('13900005555', code)).body.code).toBe(ErrorCode.SmsCodeInvalid);
    });

    it('answers malformed input with codes', async () => {
      for (const phone of ['1390000', '23900001111', '139000011112', 13900001111]) {
        const res = await api.post<ApiErrorBody>('/auth/sms/send', { phone });
        expect({ phone, status: res.status, code: res.body.code }).toEqual({
          phone,
          status: 400,
          code: ErrorCode.ValidationFailed,
        });
      }
      expect((await smsLogin('13900001111', '12ab56')).body.code).toBe(ErrorCode.ValidationFailed);
    });

    it('passes the provider’s refusal on with a code', async () => {
      sms.failNext('LimitExceeded.PhoneNumberDailyLimit');
      const res = await sendCode('13900006666');
      expect(res.status).toBe(429);
      expect(res.body.code).toBe(ErrorCode.SmsRateLimited);
      // The failed send does not hold the cooldown window.
      expect((await sendCode('13900006666')).status).toBe(202);
    });
  });

  describe('WeChat', () => {
    it('logs in by code, finds the same member again, and refuses a used code', async () => {
      const code = wx.issueLoginCode('openid-qiqige');
      const first = await api.post<AuthTokens>('/auth/wechat/login', { code });
      expect(first.status).toBe(200);
      const second = await api.post<AuthTokens>('/auth/wechat/login', { code: wx.issueLoginCode('openid-qiqige') });
      expect(second.body.user.id).toBe(first.body.user.id);
      expect(JSON.stringify(first.body)).not.toMatch(/session_key|sessionKey/);

      const used = await api.post<ApiErrorBody>('/auth/wechat/login', { code });
      expect(used.status).toBe(400);
      expect(used.body.code).toBe(ErrorCode.WechatCodeInvalid);
    });

    it('passes WeChat’s rate limit on as 429', async () => {
      wx.rateLimitNext();
      const res = await api.post<ApiErrorBody>('/auth/wechat/login', { code: wx.issueLoginCode('openid-busy') });
      expect(res.status).toBe(429);
      expect(res.body.code).toBe(ErrorCode.WechatRateLimited);
    });

    it('links the phone shared through getPhoneNumber, refreshing the access token when WeChat expires it', async () => {
      const login = await api.post<AuthTokens>('/auth/wechat/login', { code: wx.issueLoginCode('openid-phone') });
      const me = client(t.baseUrl, login.body.accessToken);
      const linked = await me.post<MeResponse>('/auth/wechat/phone', { code: wx.issuePhoneCode('13900007777') });
      expect(linked.status).toBe(200);
      expect(linked.body.phone).toBe('13900007777');
      wx.expireAccessToken();
      const other = await api.post<AuthTokens>('/auth/wechat/login', { code: wx.issueLoginCode('openid-phone-2') });
      const clash = await client(t.baseUrl, other.body.accessToken).post<ApiErrorBody>('/auth/wechat/phone', {
        code: wx.issuePhoneCode('13900007777'),
      });
      expect(clash.status).toBe(409);
      expect(clash.body.code).toBe(ErrorCode.Conflict);
    });
  });

  describe('tokens', () => {
    const login = async () => {
      const res = await api.post<AuthTokens>('/auth/wechat/login', { code: wx.issueLoginCode('openid-tokens') });
      return res.body;
    };

    it('rotates refresh tokens and revokes the family when a rotated one comes back', async () => {
      const first = await login();
      const second = await api.post<AuthTokens>('/auth/refresh', { refreshToken: first.refreshToken });
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);

      const replay = await api.post<ApiErrorBody>('/auth/refresh', { refreshToken: first.refreshToken });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe(ErrorCode.RefreshTokenReused);
      const afterTheft = await api.post<ApiErrorBody>('/auth/refresh', { refreshToken: second.body.refreshToken });
      expect(afterTheft.status).toBe(401);
    });

    it('lets exactly one of many simultaneous refreshes of one token win', async () => {
      const { refreshToken } = await login();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => api.post<AuthTokens>('/auth/refresh', { refreshToken })),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      expect(results.filter((r) => r.status === 401)).toHaveLength(9);
    });

    it('revokes the session on logout', async () => {
      const { refreshToken } = await login();
      expect((await api.post('/auth/logout', { refreshToken })).status).toBe(204);
      const res = await api.post<ApiErrorBody>('/auth/refresh', { refreshToken });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe(ErrorCode.TokenInvalid);
    });

    it('ends the access token on logout at the next request, not when it expires', async () => {
      const { accessToken, refreshToken } = await login();
      const me = client(t.baseUrl, accessToken);
      expect((await me.get('/me')).status).toBe(200);
      expect((await api.post('/auth/logout', { refreshToken })).status).toBe(204);
      const after = await me.get<ApiErrorBody>('/me');
      expect(after.status).toBe(401);
      expect(after.body.code).toBe(ErrorCode.TokenInvalid);
      // A new login starts a new session that works.
      expect((await client(t.baseUrl, (await login()).accessToken).get('/me')).status).toBe(200);
    });

    it('refuses an access token without an expiry or a session version', async () => {
      const { user } = await login();
      const jwt = t.app.get(JwtService);
      const forever = await jwt.signAsync({ sub: user.id, typ: 'access', sv: 0 });
      const unversioned = await jwt.signAsync({ sub: user.id, typ: 'access' }, { expiresIn: 600 });
      for (const token of [forever, unversioned]) {
        const res = await client(t.baseUrl, token).get<ApiErrorBody>('/me');
        expect(res.status).toBe(401);
        expect(res.body.code).toBe(ErrorCode.TokenInvalid);
      }
    });

    it('tells an expired access token from a bad one', async () => {
      const { user } = await login();
      const expired = await t.app.get(JwtService).signAsync({ sub: user.id, typ: 'access' }, { expiresIn: -10 });
      const res = await client(t.baseUrl, expired).get<ApiErrorBody>('/me');
      expect(res.status).toBe(401);
      expect(res.body.code).toBe(ErrorCode.TokenExpired);
      const bad = await client(t.baseUrl, `${expired.slice(0, -3)}abc`).get<ApiErrorBody>('/me');
      expect(bad.body.code).toBe(ErrorCode.TokenInvalid);
      expect((await api.get<ApiErrorBody>('/me')).body.code).toBe(ErrorCode.Unauthenticated);
    });
  });

  describe('my account', () => {
    it('shows the owner their own data and deletes it on request', async () => {
      await sendCode('13900008888');
      const login = await smsLogin('13900008888', sms.lastCodeFor('13900008888') as string);
      const me = client(t.baseUrl, login.body.accessToken);
      const profile = await me.patch<MeResponse>('/me', { nickname: '阿拉坦' });
      expect(profile.body).toMatchObject({ nickname: '阿拉坦', phone: '13900008888' });

      expect((await me.delete('/me')).status).toBe(204);
      // The access token handed out before the deletion stops at once.
      const after = await me.get<ApiErrorBody>('/me');
      expect(after.status).toBe(401);
      expect(after.body.code).toBe(ErrorCode.TokenInvalid);
      const gone = await api.post<ApiErrorBody>('/auth/refresh', { refreshToken: login.body.refreshToken });
      expect(gone.status).toBe(401);
      const row = await t.dataSource.manager.findOneByOrFail(User, { id: login.body.user.id });
      expect(row).toMatchObject({ nickname: '已注销用户', phoneCipher: null, phoneHash: null, wechatOpenid: null });
      expect(row.deletedAt).not.toBeNull();

      // The number is free again: a new login makes a new account.
      await t.dataSource.createQueryBuilder().delete().from(SmsCode).execute();
      await sendCode('13900008888');
      const fresh = await smsLogin('13900008888', sms.lastCodeFor('13900008888') as string);
      expect(fresh.body.user.id).not.toBe(login.body.user.id);
    });
  });
});

describe('SMS limits per phone and per IP (X-Forwarded-For from an untrusted client ignored)', () => {
  let sms: FakeTencentSms;
  let wx: FakeWechat;
  let t: TestApp;
  beforeAll(async () => {
    sms = await startFakeTencentSms();
    wx = await startFakeWechat();
    t = await startTestApp(
      providerEnv(sms, wx, { SMS_COOLDOWN_SECONDS: '0', SMS_MAX_PER_PHONE_PER_DAY: '3', SMS_MAX_PER_IP_PER_HOUR: '5' }),
    );
  });
  afterAll(async () => {
    await t.close();
    await sms.close();
    await wx.close();
  });

  it('stops a phone after its daily allowance and an IP after its hourly one', async () => {
    // Each request claims another address: with no trusted proxy configured, the header changes nothing.
    let forged = 0;
    const send = (phone: string) =>
      client(t.baseUrl, undefined, { 'x-forwarded-for': `203.0.113.${(forged += 1)}` }).post<ApiErrorBody>(
        '/auth/sms/send',
        { phone },
      );
    expect((await Promise.all([1, 2, 3].map(() => send('13700000001')))).map((r) => r.status)).toEqual([202, 202, 202]);
    const fourth = await send('13700000001');
    expect(fourth.status).toBe(429);
    expect(fourth.body.code).toBe(ErrorCode.SmsRateLimited);

    expect((await send('13700000002')).status).toBe(202);
    expect((await send('13700000003')).status).toBe(202);
    const sixth = await send('13700000004');
    expect(sixth.status).toBe(429);
    expect(sms.sent).toHaveLength(5);
  });
});

describe('demo login outside demo mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      APP_MODE: 'production',
      SEED_DEMO: 'never',
      JWT_SECRET: 'p'.repeat(40),
      PII_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
      PII_HASH_KEY: 'h'.repeat(40),
      PHOTO_URL_SECRET: 'u'.repeat(40),
      TICKET_SIGNING_KEY: Buffer.alloc(32, 5).toString('base64'),
      SMS_PROVIDER: 'tencent',
      TENCENT_SMS_SECRET_ID: 'id',
      TENCENT_SMS_SECRET_KEY: 'key',
      TENCENT_SMS_SDK_APP_ID: '1400000000',
      TENCENT_SMS_SIGN_NAME: '同心社区',
      TENCENT_SMS_TEMPLATE_ID: '1',
    });
  });
  afterAll(() => t.close());

  it('is impossible in production mode', async () => {
    const api = client(t.baseUrl);
    for (const res of [
      await api.get<ApiErrorBody>('/auth/demo-accounts'),
      await api.post<ApiErrorBody>('/auth/demo/login', { account: 'resident' }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe(ErrorCode.DemoLoginDisabled);
    }
  });
});
