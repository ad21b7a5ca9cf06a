#!/usr/bin/env node
// Generates or checks migrations for both drivers from the compiled entities.
//   node scripts/migration.mjs generate <Name>   writes src/infra/database/migrations/{mysql,sqlite}/<ts>-<Name>.ts
//   node scripts/migration.mjs check             exits 1 when the entities drift from the migrations
// MySQL side runs against MIGRATION_DATABASE_URL (default: a scratch database on the local MariaDB; use
// mariadb:// for a MariaDB server and mysql:// for MySQL 8 so TypeORM reads the schema back the right way).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [command, name] = process.argv.slice(2);
if (!['generate', 'check'].includes(command) || (command === 'generate' && !name)) {
  process.stderr.write('usage: migration.mjs generate <Name> | check\n');
  process.exit(64);
}
const mysqlUrl = process.env.MIGRATION_DATABASE_URL ?? 'mariadb://root@127.0.0.1:3306/tongxin_migrations';
const dataSource = 'dist/data-source.js';
const run = (args, env) =>
  execFileSync('npx', ['typeorm', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });

execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const mysqlDb = new URL(mysqlUrl).pathname.slice(1);
execFileSync(
  'node',
  [
    '-e',
    `
  const mysql = require('mysql2/promise');
  (async () => {
    const url = new URL(${JSON.stringify(mysqlUrl)}.replace(/^mariadb:/, 'mysql:')); url.pathname = '/';
    const c = await mysql.createConnection(url.toString());
    await c.query('DROP DATABASE IF EXISTS \`${mysqlDb}\`');
    await c.query('CREATE DATABASE \`${mysqlDb}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await c.end();
  })().catch((e) => { console.error(e.message); process.exit(1); });
`,
  ],
  { stdio: 'inherit' },
);

const sqliteDir = mkdtempSync(join(tmpdir(), 'tongxin-migrations-'));
const drivers = [
  { dir: 'mysql', env: { DATABASE_URL: mysqlUrl } },
  { dir: 'sqlite', env: { DATABASE_URL: '', SQLITE_PATH: join(sqliteDir, 'check.sqlite') } },
];
let failed = false;
try {
  for (const { dir, env } of drivers) {
    run(['migration:run', '-d', dataSource], env);
    try {
      if (command === 'check')
        run(
          ['migration:generate', '--check', '--dryrun', '-d', dataSource, `src/infra/database/migrations/${dir}/Drift`],
          env,
        );
      else run(['migration:generate', '-p', '-d', dataSource, `src/infra/database/migrations/${dir}/${name}`], env);
    } catch {
      failed = true;
      process.stderr.write(
        `migrations for ${dir} ${command === 'check' ? 'drift from the entities' : 'could not be generated'}\n`,
      );
    }
  }
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
