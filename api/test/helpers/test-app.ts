import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { createApp } from '../../src/app.factory';
import { loadConfig } from '../../src/infra/config/app-config';
import { buildDataSourceOptions } from '../../src/infra/database/data-source-options';

export interface TestApp {
  app: NestFastifyApplication;
  baseUrl: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * Boots the real API on a real database: the MySQL/MariaDB of DATABASE_URL (emptied first, so give the
 * e2e suites their own database) or a fresh embedded SQLite file. Migrations run at start, as in production.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'tongxin-e2e-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    SQLITE_PATH: join(dir, 'e2e.sqlite'),
    DATABASE_URL: process.env.DATABASE_URL ?? '',
    // Suites log in and write from one address far faster than people do; the rate-limit tests set their own.
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_LOGINS_PER_MINUTE: '1000000',
    // Feature suites start from places, people and upcoming events; the seed suite turns the month of history on.
    SEED_DEMO_HISTORY: 'off',
    ...env,
  });
  if (config.database.driver === 'mysql') await emptyDatabase(config.database);
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function emptyDatabase(database: Parameters<typeof buildDataSourceOptions>[0]): Promise<void> {
  const dataSource = new DataSource({ ...buildDataSourceOptions(database), migrationsRun: false });
  await dataSource.initialize();
  await dataSource.dropDatabase();
  await dataSource.destroy();
}

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Calls the API over HTTP and parses JSON bodies. */
export async function http<T = unknown>(baseUrl: string, path: string, init: RequestInit = {}): Promise<HttpResult<T>> {
  const response = await fetch(`${baseUrl}${path}`, init);
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  return { status: response.status, headers: response.headers, body: (isJson && text ? JSON.parse(text) : text) as T };
}
