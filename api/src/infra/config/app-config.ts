import { isAbsolute, resolve } from 'node:path';

import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { EnvDto } from './env.dto';

export type DatabaseConfig =
  | { driver: 'mysql'; flavor: 'mysql' | 'mariadb'; url: string; poolSize: number }
  | { driver: 'better-sqlite3'; path: string };

/** The API's configuration, read and validated once at boot. */
export class AppConfig {
  constructor(
    readonly host: string,
    readonly port: number,
    readonly mode: 'demo' | 'production',
    readonly database: DatabaseConfig,
    readonly seedDemo: 'auto' | 'never' | 'force',
    readonly corsOrigins: string[],
    readonly bodyLimitBytes: number,
    readonly logLevel: EnvDto['LOG_LEVEL'],
    readonly shutdownGraceMs: number,
  ) {}
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new EnvDto())) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  if (env.DATABASE_URL) raw.DATABASE_URL = env.DATABASE_URL;
  const dto = plainToInstance(EnvDto, raw);
  const errors = validateSync(dto, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => `${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`),
    );
  }
  const database: DatabaseConfig = dto.DATABASE_URL
    ? {
        driver: 'mysql',
        // mariadb:// only changes how TypeORM reads the schema back (the drift check); the wire protocol is the same.
        flavor: dto.DATABASE_URL.startsWith('mariadb:') ? 'mariadb' : 'mysql',
        url: dto.DATABASE_URL.replace(/^mariadb:/, 'mysql:'),
        poolSize: dto.DB_POOL_SIZE,
      }
    : { driver: 'better-sqlite3', path: isAbsolute(dto.SQLITE_PATH) ? dto.SQLITE_PATH : resolve(cwd, dto.SQLITE_PATH) };
  return new AppConfig(
    dto.HOST,
    dto.PORT,
    dto.APP_MODE,
    database,
    dto.SEED_DEMO,
    dto.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean),
    dto.BODY_LIMIT_BYTES,
    dto.LOG_LEVEL,
    dto.SHUTDOWN_GRACE_MS,
  );
}
