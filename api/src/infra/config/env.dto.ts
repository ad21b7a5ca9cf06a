import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

/** `<template id>:<title key>,<body key>[,<time key>]`: text keys, and an optional time key. */
const TEMPLATE =
  /^[A-Za-z0-9_-]{8,64}:(thing|phrase|name|character_string)\d+,(thing|phrase|name|character_string)\d+(,time\d+)?$/;
const TEMPLATE_MESSAGE =
  'must be <template id>:<title key>,<body key>[,<time key>], e.g. AbCdEf123:thing1,thing2,time3';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** Every environment variable the API reads, with its default. README lists the same table. */
export class EnvDto {
  @IsOptional()
  @IsString()
  HOST = '127.0.0.1';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** demo: demo accounts and demo data allowed. production: neither. */
  @IsOptional()
  @IsIn(['demo', 'production'])
  APP_MODE: 'demo' | 'production' = 'demo';

  /** Empty → embedded SQLite. mysql://user:pass@host:port/db → MySQL 8 / MariaDB. */
  @IsOptional()
  @Matches(/^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_$-]+(\?.*)?$/, {
    message: 'DATABASE_URL must look like mysql://user:password@host:3306/database',
  })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  SQLITE_PATH = 'data/tongxin.sqlite';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DB_POOL_SIZE = 10;

  /** auto: seed an empty database (or one holding only demo data). never / force. */
  @IsOptional()
  @IsIn(['auto', 'never', 'force'])
  SEED_DEMO: 'auto' | 'never' | 'force' = 'auto';

  /**
   * on: the demo opens a month into its life (reports, orders, points, mall, honours, past events); off: places,
   * people and upcoming events only (the e2e suites of single features).
   */
  @IsOptional()
  @IsIn(['on', 'off'])
  SEED_DEMO_HISTORY: 'on' | 'off' = 'on';

  /** Comma-separated origins allowed by CORS. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS = 'http://127.0.0.1:8080,http://localhost:8080';

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Milliseconds the server waits for in-flight requests on SIGTERM. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS = 10000;

  /** HS256 secret for access tokens. Required in production; demo mode has a fixed development secret. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  /** How long an API process may answer from its cache of a member's grants (0: never cache). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  GRANTS_CACHE_MS = 5000;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** AES-256-GCM key for phone numbers, 32 bytes in base64. Required in production. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'PII_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)',
  })
  PII_ENCRYPTION_KEY?: string;

  /** HMAC key for phone lookup hashes. Required in production. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  PII_HASH_KEY?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'WECHAT_API_BASE must be an http(s) URL' })
  WECHAT_API_BASE = 'https://api.weixin.qq.com';

  /** Mini-program appid and secret; WeChat login is unavailable without them. */
  @IsOptional()
  @IsString()
  WECHAT_APPID?: string;

  @IsOptional()
  @IsString()
  WECHAT_SECRET?: string;

  /**
   * Subscribe-message templates (订阅消息) per topic, as `<template id>:<title key>,<body key>[,<time key>]` with
   * the template's own keys, e.g. `AbCdEf…:thing1,thing2,time3`. Unset: notices stay in the app.
   */
  @IsOptional()
  @Matches(TEMPLATE, { message: TEMPLATE_MESSAGE })
  WECHAT_TEMPLATE_EVENT?: string;

  @IsOptional()
  @Matches(TEMPLATE, { message: TEMPLATE_MESSAGE })
  WECHAT_TEMPLATE_ORDER?: string;

  @IsOptional()
  @Matches(TEMPLATE, { message: TEMPLATE_MESSAGE })
  WECHAT_TEMPLATE_ACCOUNT?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WECHAT_TIMEOUT_MS = 5000;

  /** log: development sender writing codes to the log (refused in production). tencent: Tencent Cloud SMS. */
  @IsOptional()
  @IsIn(['log', 'tencent'])
  SMS_PROVIDER: 'log' | 'tencent' = 'log';

  @IsOptional() @IsString() TENCENT_SMS_SECRET_ID?: string;
  @IsOptional() @IsString() TENCENT_SMS_SECRET_KEY?: string;
  @IsOptional() @IsString() TENCENT_SMS_REGION = 'ap-guangzhou';
  @IsOptional() @IsString() TENCENT_SMS_SDK_APP_ID?: string;
  @IsOptional() @IsString() TENCENT_SMS_SIGN_NAME?: string;
  @IsOptional() @IsString() TENCENT_SMS_TEMPLATE_ID?: string;
  /** host[:port] of the SMS API; tests point it at a local fake. */
  @IsOptional() @IsString() TENCENT_SMS_ENDPOINT = 'sms.tencentcloudapi.com';

  @IsOptional() @Transform(toInt) @IsInt() @Min(60) SMS_CODE_TTL_SECONDS = 300;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) SMS_COOLDOWN_SECONDS = 60;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) SMS_MAX_PER_PHONE_PER_DAY = 10;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) SMS_MAX_PER_IP_PER_HOUR = 30;
  /** Wrong guesses before a code is locked. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) SMS_MAX_ATTEMPTS = 5;

  /**
   * Proxies whose X-Forwarded-For is believed: comma-separated addresses or CIDR ranges, or `loopback`,
   * `linklocal`, `uniquelocal`. Empty: none (the client address is the socket's).
   */
  @IsOptional() @IsString() @Matches(/^[0-9A-Za-z.:/, ]*$/) TRUST_PROXY = '';
  /** Writes (POST, PUT, PATCH, DELETE) per member — or per address for anonymous callers — per minute. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_WRITES_PER_MINUTE = 120;
  /** Login attempts (sending or trying an SMS code, WeChat login, demo login) per client address per minute. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) RATE_LIMIT_LOGINS_PER_MINUTE = 20;

  /** Days a redemption waits at the pickup place before it expires and the points go back. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(365) MALL_PICKUP_DAYS = 7;

  /** A staff award above this many points waits for a second staff member's approval (two-person rule). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100000) POINTS_AWARD_APPROVAL_ABOVE = 200;

  /** How often this replica sweeps for expired redemptions and honours (ms); 0 turns the sweeps off. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) SWEEP_INTERVAL_MS = 60000;

  /** Active (claimed or in progress) orders one handler may hold at once. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) ORDER_ACTIVE_CAP = 3;

  /** Minutes a claimed order may wait to be started before it is released back to the hall. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) ORDER_CLAIM_RELEASE_MINUTES = 30;

  /** 接单提醒: at most one WeChat reminder per grid member per this many minutes (the in-app notices are not batched). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) ORDER_ALERT_WINDOW_MINUTES = 15;

  /** Minutes before an open order's deadline when its grid's members are told it is about to expire unclaimed. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) ORDER_ALERT_EXPIRY_MINUTES = 60;

  /** Hours a finished order waits for the reporter before it confirms itself. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) ORDER_AUTO_CONFIRM_HOURS = 72;

  /** 石榴调解: days staff have to accept or decline a request, and from acceptance to the first session. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(90) MEDIATION_ACCEPT_DAYS = 3;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(90) MEDIATION_SESSION_DAYS = 7;

  /** Days after an agreement when the follow-up visit is due (did it hold?). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(365) MEDIATION_FOLLOW_UP_DAYS = 30;

  /** 帮扶台账: days a closed record is kept before its personal data is anonymised. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3650) CARE_RETENTION_DAYS = 730;

  /** Radius of the "likely duplicate" hint for reports with GPS, in metres. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(10) @Max(5000) REPORT_NEARBY_METERS = 300;

  /** Ed25519 private key (32 bytes, base64) that signs event tickets. Required in production. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'TICKET_SIGNING_KEY must be 32 bytes in base64 (openssl rand -base64 32)',
  })
  TICKET_SIGNING_KEY?: string;

  /** Minutes before the start (and after the end) that tickets may be scanned. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(1440) CHECKIN_WINDOW_MINUTES = 120;

  /** Minutes an organizer has to undo a check-in. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1440) CHECKIN_UNDO_MINUTES = 10;

  /** local: files under STORAGE_LOCAL_DIR. s3: an S3-compatible bucket (Tencent COS, MinIO, AWS). */
  @IsOptional()
  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** Root directory of the local driver, relative to api/ unless absolute; created at start. */
  @IsOptional() @IsString() STORAGE_LOCAL_DIR = 'data/uploads';

  /** S3 endpoint URL, e.g. https://cos.ap-guangzhou.myqcloud.com or http://127.0.0.1:9000; empty → AWS. */
  @IsOptional()
  @Matches(/^https?:\/\/[^/]+\/?$/, { message: 'S3_ENDPOINT must be an http(s) URL without a path' })
  S3_ENDPOINT?: string;

  @IsOptional() @IsString() S3_REGION?: string;
  @IsOptional() @IsString() S3_BUCKET?: string;
  @IsOptional() @IsString() S3_ACCESS_KEY_ID?: string;
  @IsOptional() @IsString() S3_SECRET_ACCESS_KEY?: string;

  /** true: bucket in the path (MinIO); false: bucket in the host name (COS, AWS). */
  @IsOptional()
  @IsIn(['true', 'false'])
  S3_FORCE_PATH_STYLE: 'true' | 'false' = 'false';

  /** Largest accepted photo upload, in bytes (multipart uploads are not bound by BODY_LIMIT_BYTES). */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(50 * 1024 * 1024) PHOTO_MAX_BYTES = 8 * 1024 * 1024;

  /** Photos one member may upload in any 24 hours. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) PHOTO_DAILY_QUOTA = 60;

  /** HMAC key signing photo URLs. Required in production; demo mode has a fixed development key. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  PHOTO_URL_SECRET?: string;

  /** How long a signed photo URL stays valid. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(7 * 86400) PHOTO_URL_TTL_SECONDS = 3600;

  /** redis://host:6379 — rate-limit counters shared by every API process. Empty: each process counts alone. */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/)
  REDIS_URL?: string;

  /** Flags (举报) from different members after which an item is hidden pending review. */
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100) MODERATION_FLAG_THRESHOLD = 3;

  /** The Token of the mini-program's message push (开发管理 → 消息推送); without it the push endpoint refuses all. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9]{3,32}$/)
  WECHAT_PUSH_TOKEN?: string;

  /** The push's EncodingAESKey (43 characters) in safe mode (安全模式); empty in plain mode. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{43}$/)
  WECHAT_PUSH_AES_KEY?: string;

  /** The API's public address (https://host), for links WeChat fetches (photos it checks). */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/)
  PUBLIC_BASE_URL?: string;
}
