import { isAbsolute, resolve } from 'node:path';

import { ReminderTopic } from '@tongxin/types';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { EnvDto } from './env.dto';

export type DatabaseConfig =
  | { driver: 'mysql'; flavor: 'mysql' | 'mariadb'; url: string; poolSize: number }
  | { driver: 'better-sqlite3'; path: string };

export interface TencentSmsSettings {
  secretId: string;
  secretKey: string;
  region: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  endpoint: string;
}

/** Where photos and other uploaded objects live. */
export type StorageConfig =
  | { driver: 'local'; localDir: string }
  | {
      driver: 's3';
      s3: {
        endpoint: string | undefined;
        region: string;
        bucket: string;
        accessKeyId: string;
        secretAccessKey: string;
        forcePathStyle: boolean;
      };
    };

export interface PhotosConfig {
  maxBytes: number;
  dailyQuota: number;
  urlSecret: string;
  urlTtlSeconds: number;
}

/** A subscribe-message template and which of its keys carry the notice's title, body and time. */
export interface ReminderTemplate {
  templateId: string;
  titleKey: string;
  bodyKey: string;
  timeKey: string | null;
}

function reminderTemplate(value: string | undefined): ReminderTemplate | undefined {
  if (!value) return undefined;
  const [templateId, keys] = value.split(':');
  const [titleKey, bodyKey, timeKey] = keys.split(',');
  return { templateId, titleKey, bodyKey, timeKey: timeKey ?? null };
}

export interface AppConfigValues {
  host: string;
  port: number;
  mode: 'demo' | 'production';
  database: DatabaseConfig;
  seedDemo: 'auto' | 'never' | 'force';
  /** Whether the demo seed also writes a month of community life through the services. */
  seedDemoHistory: boolean;
  corsOrigins: string[];
  bodyLimitBytes: number;
  logLevel: EnvDto['LOG_LEVEL'];
  shutdownGraceMs: number;
  auth: { jwtSecret: string; accessTtlSeconds: number; refreshTtlDays: number };
  grantsCacheMs: number;
  pii: { encryptionKey: Buffer; hashKey: string };
  wechat: { baseUrl: string; appId: string; appSecret: string; timeoutMs: number } | null;
  /** Subscribe-message templates per topic; empty when notices stay in the app. */
  reminders: Partial<Record<ReminderTopic, ReminderTemplate>>;
  mall: { pickupDays: number };
  /** Staff awards above `awardApprovalAbove` points need a second staff member's approval. */
  points: { awardApprovalAbove: number };
  tickets: { signingKey: Buffer; windowMinutes: number; undoMinutes: number };
  orders: { activeCap: number; claimReleaseMinutes: number; autoConfirmHours: number; nearbyMeters: number };
  mediation: { acceptDays: number; sessionDays: number; followUpDays: number };
  care: { retentionDays: number };
  /** 接单提醒: one WeChat reminder per member per `windowMinutes`; open orders this close to expiring are announced. */
  orderAlerts: { windowMinutes: number; expiryMinutes: number };
  sweepIntervalMs: number;
  /** Fastify's trustProxy: the proxies whose X-Forwarded-For is believed (false: none). */
  trustProxy: string | false;
  rateLimits: { writesPerMinute: number; loginsPerMinute: number };
  moderation: {
    flagThreshold: number;
    /** The message push settings; null when the push is not set up (the endpoint then refuses everything). */
    push: { token: string; aesKey: string | null } | null;
  };
  /** The API's public address, for links WeChat fetches; null when unknown (photos are then not sent to WeChat). */
  publicBaseUrl: string | null;
  /** Shared store for rate-limit counters across API processes; null keeps them in each process's memory. */
  redisUrl: string | null;
  storage: StorageConfig;
  photos: PhotosConfig;
  sms: {
    provider: 'log' | 'tencent';
    tencent: TencentSmsSettings | null;
    codeTtlSeconds: number;
    cooldownSeconds: number;
    maxPerPhonePerDay: number;
    maxPerIpPerHour: number;
    maxAttempts: number;
  };
}

/* eslint-disable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type --
   AppConfig is both the injection token (the class) and the shape of its values (the merged interface). */
/** The API's configuration, read and validated once at boot. Inject it by this class. */
export class AppConfig {
  constructor(values: AppConfigValues) {
    Object.assign(this, values);
  }
}
export interface AppConfig extends Readonly<AppConfigValues> {}
/* eslint-enable @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type */

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

// Development-only secrets: usable in demo mode, refused in production.
const DEMO_JWT_SECRET = 'tongxin-demo-jwt-secret-not-for-production-use';
const DEMO_PII_KEY = Buffer.alloc(32, 7).toString('base64');
const DEMO_PII_HASH_KEY = 'tongxin-demo-phone-hash-key-not-for-production';
const DEMO_TICKET_KEY = Buffer.alloc(32, 11).toString('base64');
const DEMO_PHOTO_URL_SECRET = 'tongxin-demo-photo-url-key-not-for-production';

/** Reads the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new EnvDto())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const key of OPTIONAL_KEYS) {
    if (env[key]) raw[key] = env[key] as string;
  }
  const dto = plainToInstance(EnvDto, raw);
  const problems = validateSync(dto, { forbidUnknownValues: true }).map(
    (e) => `${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const production = dto.APP_MODE === 'production';
  if (production) {
    for (const key of ['JWT_SECRET', 'PII_ENCRYPTION_KEY', 'PII_HASH_KEY', 'TICKET_SIGNING_KEY'] as const) {
      if (!dto[key]) problems.push(`${key}: required when APP_MODE=production`);
    }
    if (dto.SMS_PROVIDER === 'log')
      problems.push('SMS_PROVIDER="log": the log provider is for development; use tencent in production');
  }
  if (dto.SMS_PROVIDER === 'tencent') {
    for (const key of TENCENT_KEYS) if (!dto[key]) problems.push(`${key}: required when SMS_PROVIDER=tencent`);
  }
  for (const key of TEMPLATE_KEYS) {
    if (dto[key] && !dto.WECHAT_APPID) problems.push(`${key}: needs WECHAT_APPID and WECHAT_SECRET`);
  }
  if (Boolean(dto.WECHAT_APPID) !== Boolean(dto.WECHAT_SECRET)) {
    problems.push(
      `${dto.WECHAT_APPID ? 'WECHAT_SECRET' : 'WECHAT_APPID'}: set both WECHAT_APPID and WECHAT_SECRET, or neither`,
    );
  }
  if (production && !dto.PHOTO_URL_SECRET) problems.push('PHOTO_URL_SECRET: required when APP_MODE=production');
  if (dto.STORAGE_DRIVER === 's3') {
    for (const key of S3_KEYS) if (!dto[key]) problems.push(`${key}: required when STORAGE_DRIVER=s3`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const database: DatabaseConfig = dto.DATABASE_URL
    ? {
        driver: 'mysql',
        // mariadb:// only changes how TypeORM reads the schema back (the drift check); the wire protocol is the same.
        flavor: dto.DATABASE_URL.startsWith('mariadb:') ? 'mariadb' : 'mysql',
        url: dto.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
        poolSize: dto.DB_POOL_SIZE,
      }
    : { driver: 'better-sqlite3', path: isAbsolute(dto.SQLITE_PATH) ? dto.SQLITE_PATH : resolve(cwd, dto.SQLITE_PATH) };
  return new AppConfig({
    host: dto.HOST,
    port: dto.PORT,
    mode: dto.APP_MODE,
    database,
    seedDemo: dto.SEED_DEMO,
    seedDemoHistory: dto.SEED_DEMO_HISTORY === 'on',
    corsOrigins: dto.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    bodyLimitBytes: dto.BODY_LIMIT_BYTES,
    logLevel: dto.LOG_LEVEL,
    shutdownGraceMs: dto.SHUTDOWN_GRACE_MS,
    grantsCacheMs: dto.GRANTS_CACHE_MS,
    auth: {
      jwtSecret: dto.JWT_SECRET ?? DEMO_JWT_SECRET,
      accessTtlSeconds: dto.ACCESS_TOKEN_TTL_SECONDS,
      refreshTtlDays: dto.REFRESH_TOKEN_TTL_DAYS,
    },
    pii: {
      encryptionKey: Buffer.from(dto.PII_ENCRYPTION_KEY ?? DEMO_PII_KEY, 'base64'),
      hashKey: dto.PII_HASH_KEY ?? DEMO_PII_HASH_KEY,
    },
    wechat:
      dto.WECHAT_APPID && dto.WECHAT_SECRET
        ? {
            baseUrl: dto.WECHAT_API_BASE,
            appId: dto.WECHAT_APPID,
            appSecret: dto.WECHAT_SECRET,
            timeoutMs: dto.WECHAT_TIMEOUT_MS,
          }
        : null,
    reminders: Object.fromEntries(
      (
        [
          [ReminderTopic.Event, reminderTemplate(dto.WECHAT_TEMPLATE_EVENT)],
          [ReminderTopic.Order, reminderTemplate(dto.WECHAT_TEMPLATE_ORDER)],
          [ReminderTopic.Account, reminderTemplate(dto.WECHAT_TEMPLATE_ACCOUNT)],
        ] as const
      ).filter(([, template]) => template !== undefined),
    ),
    mall: { pickupDays: dto.MALL_PICKUP_DAYS },
    points: { awardApprovalAbove: dto.POINTS_AWARD_APPROVAL_ABOVE },
    tickets: {
      signingKey: Buffer.from(dto.TICKET_SIGNING_KEY ?? DEMO_TICKET_KEY, 'base64'),
      windowMinutes: dto.CHECKIN_WINDOW_MINUTES,
      undoMinutes: dto.CHECKIN_UNDO_MINUTES,
    },
    orders: {
      activeCap: dto.ORDER_ACTIVE_CAP,
      claimReleaseMinutes: dto.ORDER_CLAIM_RELEASE_MINUTES,
      autoConfirmHours: dto.ORDER_AUTO_CONFIRM_HOURS,
      nearbyMeters: dto.REPORT_NEARBY_METERS,
    },
    orderAlerts: { windowMinutes: dto.ORDER_ALERT_WINDOW_MINUTES, expiryMinutes: dto.ORDER_ALERT_EXPIRY_MINUTES },
    care: { retentionDays: dto.CARE_RETENTION_DAYS },
    mediation: {
      acceptDays: dto.MEDIATION_ACCEPT_DAYS,
      sessionDays: dto.MEDIATION_SESSION_DAYS,
      followUpDays: dto.MEDIATION_FOLLOW_UP_DAYS,
    },
    sweepIntervalMs: dto.SWEEP_INTERVAL_MS,
    trustProxy:
      dto.TRUST_PROXY.split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .join(',') || false,
    rateLimits: {
      writesPerMinute: dto.RATE_LIMIT_WRITES_PER_MINUTE,
      loginsPerMinute: dto.RATE_LIMIT_LOGINS_PER_MINUTE,
    },
    redisUrl: dto.REDIS_URL ?? null,
    moderation: {
      flagThreshold: dto.MODERATION_FLAG_THRESHOLD,
      push: dto.WECHAT_PUSH_TOKEN ? { token: dto.WECHAT_PUSH_TOKEN, aesKey: dto.WECHAT_PUSH_AES_KEY ?? null } : null,
    },
    publicBaseUrl: dto.PUBLIC_BASE_URL ? dto.PUBLIC_BASE_URL.replace(/\/+$/, '') : null,
    storage:
      dto.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            s3: {
              endpoint: dto.S3_ENDPOINT,
              region: dto.S3_REGION as string,
              bucket: dto.S3_BUCKET as string,
              accessKeyId: dto.S3_ACCESS_KEY_ID as string,
              secretAccessKey: dto.S3_SECRET_ACCESS_KEY as string,
              forcePathStyle: dto.S3_FORCE_PATH_STYLE === 'true',
            },
          }
        : {
            driver: 'local',
            localDir: isAbsolute(dto.STORAGE_LOCAL_DIR) ? dto.STORAGE_LOCAL_DIR : resolve(cwd, dto.STORAGE_LOCAL_DIR),
          },
    photos: {
      maxBytes: dto.PHOTO_MAX_BYTES,
      dailyQuota: dto.PHOTO_DAILY_QUOTA,
      urlSecret: dto.PHOTO_URL_SECRET ?? DEMO_PHOTO_URL_SECRET,
      urlTtlSeconds: dto.PHOTO_URL_TTL_SECONDS,
    },
    sms: {
      provider: dto.SMS_PROVIDER,
      tencent:
        dto.SMS_PROVIDER === 'tencent'
          ? {
              secretId: dto.TENCENT_SMS_SECRET_ID as string,
              secretKey: dto.TENCENT_SMS_SECRET_KEY as string,
              region: dto.TENCENT_SMS_REGION,
              sdkAppId: dto.TENCENT_SMS_SDK_APP_ID as string,
              signName: dto.TENCENT_SMS_SIGN_NAME as string,
              templateId: dto.TENCENT_SMS_TEMPLATE_ID as string,
              endpoint: dto.TENCENT_SMS_ENDPOINT,
            }
          : null,
      codeTtlSeconds: dto.SMS_CODE_TTL_SECONDS,
      cooldownSeconds: dto.SMS_COOLDOWN_SECONDS,
      maxPerPhonePerDay: dto.SMS_MAX_PER_PHONE_PER_DAY,
      maxPerIpPerHour: dto.SMS_MAX_PER_IP_PER_HOUR,
      maxAttempts: dto.SMS_MAX_ATTEMPTS,
    },
  });
}

const TENCENT_KEYS = [
  'TENCENT_SMS_SECRET_ID',
  'TENCENT_SMS_SECRET_KEY',
  'TENCENT_SMS_SDK_APP_ID',
  'TENCENT_SMS_SIGN_NAME',
  'TENCENT_SMS_TEMPLATE_ID',
] as const;

const TEMPLATE_KEYS = ['WECHAT_TEMPLATE_EVENT', 'WECHAT_TEMPLATE_ORDER', 'WECHAT_TEMPLATE_ACCOUNT'] as const;

const S3_KEYS = ['S3_REGION', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** Variables without a default (so not enumerable from `new EnvDto()`). */
const OPTIONAL_KEYS = [
  'DATABASE_URL',
  'JWT_SECRET',
  'PII_ENCRYPTION_KEY',
  'PII_HASH_KEY',
  'TICKET_SIGNING_KEY',
  'WECHAT_APPID',
  'WECHAT_SECRET',
  ...TEMPLATE_KEYS,
  ...TENCENT_KEYS,
  'S3_ENDPOINT',
  ...S3_KEYS,
  'PHOTO_URL_SECRET',
  'REDIS_URL',
  'WECHAT_PUSH_TOKEN',
  'WECHAT_PUSH_AES_KEY',
  'PUBLIC_BASE_URL',
] as const;
