import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses the embedded database and defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/api');
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.mode).toBe('demo');
    expect(config.database).toEqual({ driver: 'better-sqlite3', path: '/srv/api/data/tongxin.sqlite' });
    expect(config.corsOrigins).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080']);
  });

  it('switches to MySQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://root:@127.0.0.1:3306/tongxin', DB_POOL_SIZE: '20' });
    expect(config.database).toEqual({
      driver: 'mysql',
      flavor: 'mysql',
      url: 'mysql://root:@127.0.0.1:3306/tongxin',
      poolSize: 20,
    });
    expect(loadConfig({ DATABASE_URL: 'mariadb://root@db:3306/tongxin' }).database).toMatchObject({
      flavor: 'mariadb',
      url: 'mysql://root@db:3306/tongxin',
    });
  });

  it('names every bad variable', () => {
    expect.assertions(3);
    try {
      loadConfig({ PORT: 'eighty', APP_MODE: 'staging', DATABASE_URL: 'postgres://x/y' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT="eighty"/);
      expect((error as ConfigError).problems.map((p) => p.split('=')[0]).sort()).toEqual([
        'APP_MODE',
        'DATABASE_URL',
        'PORT',
      ]);
    }
  });

  it('refuses development secrets and the log SMS provider in production', () => {
    expect(() => loadConfig({ APP_MODE: 'production' })).toThrow(
      expect.objectContaining({
        problems: expect.arrayContaining([
          expect.stringMatching(/^JWT_SECRET/),
          expect.stringMatching(/^PII_ENCRYPTION_KEY/),
          expect.stringMatching(/^PII_HASH_KEY/),
          expect.stringMatching(/^SMS_PROVIDER/),
        ]),
      }),
    );
  });

  it('asks for every Tencent SMS setting when that provider is chosen', () => {
    expect(() => loadConfig({ SMS_PROVIDER: 'tencent', TENCENT_SMS_SECRET_ID: 'id' })).toThrow(
      /TENCENT_SMS_SECRET_KEY/,
    );
  });

  it('enables WeChat login only with both appid and secret', () => {
    expect(loadConfig({}).wechat).toBeNull();
    expect(() => loadConfig({ WECHAT_APPID: 'wx123' })).toThrow(/WECHAT_SECRET/);
    expect(loadConfig({ WECHAT_APPID: 'wx123', WECHAT_SECRET: 's' }).wechat).toMatchObject({ appId: 'wx123' });
  });

  it('reads subscribe-message templates per topic, only with WeChat set up and in the documented form', () => {
    const wechat = { WECHAT_APPID: 'wx123', WECHAT_SECRET: 's' };
    expect(loadConfig(wechat).reminders).toEqual({});
    expect(loadConfig({ ...wechat, WECHAT_TEMPLATE_ORDER: 'tmplOrder01:thing1,phrase2,time3' }).reminders).toEqual({
      order: { templateId: 'tmplOrder01', titleKey: 'thing1', bodyKey: 'phrase2', timeKey: 'time3' },
    });
    expect(
      loadConfig({ ...wechat, WECHAT_TEMPLATE_EVENT: 'tmplEvent01:thing1,thing2' }).reminders.event?.timeKey,
    ).toBeNull();
    expect(() => loadConfig({ WECHAT_TEMPLATE_EVENT: 'tmplEvent01:thing1,thing2' })).toThrow(
      /WECHAT_TEMPLATE_EVENT: needs WECHAT_APPID/,
    );
    expect(() => loadConfig({ ...wechat, WECHAT_TEMPLATE_EVENT: 'tmplEvent01' })).toThrow(/WECHAT_TEMPLATE_EVENT/);
    expect(() => loadConfig({ ...wechat, WECHAT_TEMPLATE_EVENT: 'tmplEvent01:time1,thing2' })).toThrow(
      /WECHAT_TEMPLATE_EVENT/,
    );
  });
});
