import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { DataSourceOptions } from 'typeorm';

import type { DatabaseConfig } from '../config/app-config';

/** Migrations are generated per driver: mysql (MySQL 8 / MariaDB) and sqlite (embedded). */
export function migrationsDir(driver: DatabaseConfig['driver']): string {
  return join(__dirname, 'migrations', driver === 'mysql' ? 'mysql' : 'sqlite');
}

/** `entities` come from the composition root (`src/entities.ts`); infra knows no feature. */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  entities: DataSourceOptions['entities'] = [],
): DataSourceOptions {
  const common = {
    entities,
    migrations: [join(migrationsDir(database.driver), '*.{js,ts}')],
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: false,
  };
  if (database.driver === 'mysql') {
    return {
      ...common,
      type: database.flavor,
      url: database.url,
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      poolSize: database.poolSize,
      extra: { connectionLimit: database.poolSize },
    };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    enableWAL: true,
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}
