#!/usr/bin/env node
// `node bench/import.mjs [--mariadb]`: the 导入 scenario alone (bench/import-scenario.mjs), printing JSON: the built
// API on a fresh database with the demo data — an embedded SQLite file, or with --mariadb a scratch database
// `<BENCH_DB>_import` on the bench's MariaDB. run.mjs runs it on SQLite, and on the seeded bench database itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';

import { COUNT_SQL, importScenario } from './import-scenario.mjs';
import {
  accessToken,
  API_ENV,
  connect,
  DATABASE_URL,
  DB_NAME,
  freePort,
  ROOT,
  startProcess,
  stopProcess,
} from './lib.mjs';

/**
 * The scenario on a fresh database with the demo data, 滨河街道's street admin importing: an embedded SQLite file,
 * or (`mariadb`) a scratch MariaDB database `<BENCH_DB>_import`, dropped and made again.
 */
export async function freshImport(logFile, { mariadb = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tongxin-bench-import-'));
  const file = join(dir, 'bench.sqlite');
  const scratch = `${DB_NAME}_import`;
  if (mariadb) {
    const server = await connect(null);
    await server.query(`DROP DATABASE IF EXISTS \`${scratch}\``);
    await server.query(`CREATE DATABASE \`${scratch}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await server.end();
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/api`;
  const child = await startProcess({
    name: `API (${mariadb ? 'MariaDB' : 'SQLite'})`,
    args: [join(ROOT, 'api/dist/main.js')],
    cwd: join(ROOT, 'api'),
    env: {
      ...API_ENV,
      DATABASE_URL: mariadb ? DATABASE_URL.replace(new RegExp(`/${DB_NAME}$`), `/${scratch}`) : '',
      SQLITE_PATH: file,
      SEED_DEMO: 'auto',
      SEED_DEMO_HISTORY: 'off',
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    healthUrl: `${base}/health`,
    logFile,
    timeoutMs: 120_000,
  });
  const db = mariadb ? await connect(scratch) : null;
  const sqlite = mariadb ? null : new Database(file, { readonly: true });
  const n = async (sql, community) =>
    db ? Number((await db.query(sql, [community]))[0][0].n) : sqlite.prepare(sql).get(community).n;
  try {
    const login = await fetch(`${base}/auth/demo/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'street-admin' }),
    }).then((r) => r.json());
    const street = login.user.roles.find((r) => r.role === 'street_admin');
    const count = async (community) => ({
      households: await n(COUNT_SQL.households, community),
      residents: await n(COUNT_SQL.residents, community),
    });
    return await importScenario(base, { token: login.accessToken, streetId: street.placeId, count });
  } finally {
    sqlite?.close();
    await db?.query(`DROP DATABASE IF EXISTS \`${scratch}\``);
    await db?.end();
    await stopProcess(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The scenario on the bench's MariaDB (the API at `base` runs on it), as one of its street admins. */
export async function mariadbImport(base, db) {
  const [[admin]] = await db.query(
    "SELECT user_id AS userId, place_id AS streetId FROM role_grants WHERE role = 'street_admin' AND revoked_at IS NULL ORDER BY id LIMIT 1",
  );
  const count = async (community) => {
    const [[households]] = await db.query(COUNT_SQL.households, [community]);
    const [[residents]] = await db.query(COUNT_SQL.residents, [community]);
    return { households: Number(households.n), residents: Number(residents.n) };
  };
  return importScenario(base, { token: accessToken(admin.userId), streetId: admin.streetId, count });
}

/** Keys of latest.json for one driver's run. */
export function importResults(prefix, result) {
  return {
    [`${prefix}.dry_run_s`]: result.dryRunSeconds,
    [`${prefix}.apply_s`]: result.applySeconds,
    [`${prefix}.again_s`]: result.againSeconds,
    [`${prefix}.idempotent_rows`]: result.idempotent,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const mariadb = process.argv.includes('--mariadb');
  const result = await freshImport(join(ROOT, 'bench/results/api-import.log'), { mariadb });
  const prefix = mariadb ? 'import.households.fresh_mariadb' : 'import.households.sqlite';
  process.stdout.write(`${JSON.stringify({ ...importResults(prefix, result), detail: result.detail }, null, 2)}\n`);
}
