import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

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
}
