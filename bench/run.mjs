#!/usr/bin/env node
// `npm run bench`: seeds (or reuses) a realistic volume in MariaDB, load-tests the built API against a bare
// Fastify + mysql2 baseline, runs the concurrency scenarios, checks the ledger, measures the mini-app builds,
// and writes bench/results/latest.json (numbers only) plus a table on stdout. See bench/README.md.
// Usage: node bench/run.mjs [--reseed] [--skip-load]
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import autocannon from 'autocannon';

import {
  accessToken,
  API_ENV,
  connect,
  DATABASE_URL,
  DB_NAME,
  freePort,
  log,
  pool,
  RESULTS,
  ROOT,
  round1,
  round3,
  rssMb,
  startApi,
  startProcess,
  stopProcess,
  timeBox,
} from './lib.mjs';
import { freshImport, importResults, mariadbImport } from './import.mjs';
import { checkinBurst, grabRace, redeemRace } from './scenarios.mjs';
import { readSeed, seedVolume } from './seed.mjs';

const args = new Set(process.argv.slice(2));
const RESEED = args.has('--reseed');
const SKIP_LOAD = args.has('--skip-load');
const EVENTS_PATH = '/events?upcoming=true&page=1&pageSize=20';
const RUN_LIMIT_MS = 10 * 60_000;

mkdirSync(RESULTS, { recursive: true });
const apiLog = join(RESULTS, 'api.log');
const baselineLog = join(RESULTS, 'baseline.log');
writeFileSync(apiLog, '');
writeFileSync(baselineLog, '');

const children = new Set();
const results = {};
const notes = {};
const runStarted = Date.now();

// Whatever happens, leave no server behind.
const watchdog = setTimeout(() => {
  log(`the whole run passed ${RUN_LIMIT_MS / 60_000} minutes: stopping`);
  for (const child of children) child.kill('SIGKILL');
  process.exit(2);
}, RUN_LIMIT_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGKILL');
    process.exit(130);
  });
}

async function withApi(work) {
  const api = await startApi(apiLog);
  children.add(api.child);
  try {
    return await work(api);
  } finally {
    await stopProcess(api.child);
    children.delete(api.child);
  }
}

/** autocannon for `seconds` after a short warm-up; rps is the mean of per-second samples. */
async function load(url, { connections, seconds, headers = {}, warmup = 5 }) {
  const run = (duration, conns) =>
    new Promise((resolve, reject) => {
      const instance = autocannon({ url, connections: conns, duration, headers, timeout: 10 }, (error, result) =>
        error ? reject(error) : resolve(result),
      );
      autocannon.track(instance, {
        renderProgressBar: false,
        renderResultsTable: false,
        renderLatencyTable: false,
        outputStream: { write() {} },
      });
    });
  if (warmup > 0) await run(warmup, connections); // the same load, so JIT and pools are warm for the measured part
  const r = await timeBox((seconds + 20) * 1000, `load ${url}`, () => run(seconds, connections));
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad > 0)
    log(`  ${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts of ${r.requests.total + bad}`);
  return { rps: round1(r.requests.average), p99: r.latency.p99, p50: r.latency.p50, total: r.requests.total, bad };
}

// ---- 1. mini-app sizes --------------------------------------------------------------------------------------
function sizes() {
  const dist = join(ROOT, 'miniapp/dist');
  if (!existsSync(join(dist, 'weapp/app.json')) || !existsSync(join(dist, 'h5/index.html'))) {
    log('miniapp/dist is missing: building weapp and h5 (a few minutes)');
    for (const script of ['build:weapp', 'build:h5']) {
      const built = spawnSync('npm', ['run', script, '-w', '@tongxin/miniapp'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        timeout: 5 * 60_000,
      });
      if (built.status !== 0) throw new Error(`npm run ${script} -w @tongxin/miniapp failed`);
    }
  }
  const out = spawnSync(process.execPath, [join(ROOT, 'bench/size.mjs')], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`bench/size.mjs failed: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

// ---- 2. schema and seed ------------------------------------------------------------------------------------
async function ensureSeed() {
  const server = await connect(null);
  try {
    const [dbs] = await server.query('SHOW DATABASES LIKE ?', [DB_NAME]);
    if (dbs.length && !RESEED) {
      await server.query(`USE \`${DB_NAME}\``);
      const info = await readSeed(server);
      if (info) {
        log(`reusing the seed of ${info.seededAt} in ${DB_NAME} (--reseed to start over)`);
        return info;
      }
    }
    log(`creating ${DB_NAME} and its schema (the API runs its migrations on the empty database)`);
    await server.query(`DROP DATABASE IF EXISTS \`${DB_NAME}\``);
    await server.query(`CREATE DATABASE \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await server.end();
  }
  await withApi(async () => {});
  return seedVolume();
}

// ---- 3. the events list: baseline and API, alternating ---------------------------------------------------
async function startBaseline() {
  const port = await freePort();
  const child = await startProcess({
    name: 'baseline',
    args: [join(ROOT, 'bench/baseline-server.mjs')],
    env: { DATABASE_URL, PORT: String(port) },
    healthUrl: `http://127.0.0.1:${port}/api/health`,
    logFile: baselineLog,
  });
  children.add(child);
  return { child, base: `http://127.0.0.1:${port}/api` };
}

/**
 * Baseline, API, baseline, API (20 s each at 50 connections): other work on a shared machine drifts over a
 * minute, and alternating spreads it over both. rps is the mean of the rounds, p99 the worse round.
 */
async function eventsList(apiBase, rounds = 2) {
  const baseline = await startBaseline();
  try {
    const [a, b] = await Promise.all([
      fetch(`${apiBase}${EVENTS_PATH}`).then((r) => r.json()),
      fetch(`${baseline.base}${EVENTS_PATH}`).then((r) => r.json()),
    ]);
    notes.sameAnswer = JSON.stringify(a) === JSON.stringify(b);
    if (!notes.sameAnswer) log('WARNING: the baseline does not answer the same JSON as the API');
    const runs = { baseline: [], api: [] };
    for (let round = 1; round <= rounds; round++) {
      log(`events list round ${round}/${rounds}: baseline (bare Fastify + mysql2), 50 connections, 20 s`);
      runs.baseline.push(await load(`${baseline.base}${EVENTS_PATH}`, { connections: 50, seconds: 20 }));
      log(`events list round ${round}/${rounds}: API, 50 connections, 20 s`);
      runs.api.push(await load(`${apiBase}${EVENTS_PATH}`, { connections: 50, seconds: 20 }));
    }
    const mean = (list) => round1(list.reduce((sum, r) => sum + r.rps, 0) / list.length);
    const worst = (list) => Math.max(...list.map((r) => r.p99));
    notes.eventsList = runs;
    return {
      rps: mean(runs.api),
      p99: worst(runs.api),
      baselineRps: mean(runs.baseline),
      baselineP99: worst(runs.baseline),
    };
  } finally {
    await stopProcess(baseline.child);
    children.delete(baseline.child);
  }
}

// ---- 4. reconciliation -------------------------------------------------------------------------------------
async function reconcile() {
  const { stdout, stderr } = await promisify(execFile)(
    'npm',
    ['run', '--silent', 'points:reconcile', '-w', '@tongxin/api'],
    {
      cwd: ROOT,
      env: { ...process.env, ...API_ENV, NO_COLOR: '1' },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((error) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) })); // exits 1 on drift, with the report on stdout
  let report = null;
  try {
    report = JSON.parse(stdout.slice(stdout.indexOf('{')));
  } catch {
    const reason = (stderr || stdout).split('\n').find((line) => /Error/.test(line)) ?? 'no JSON on stdout';
    log(`reconcile: the CLI gave no report (${reason.trim().slice(0, 200)}); counting drift with SQL only`);
  }
  const db = await connect();
  try {
    const [[row]] = await db.query(
      `SELECT COUNT(*) AS n FROM points_accounts a LEFT JOIN (SELECT member_id, SUM(amount) AS s FROM points_entries GROUP BY member_id) e
       ON e.member_id = a.member_id WHERE a.balance <> COALESCE(e.s, 0)`,
    );
    const [[orphans]] = await db.query(
      'SELECT COUNT(DISTINCT e.member_id) AS n FROM points_entries e LEFT JOIN points_accounts a ON a.member_id = e.member_id WHERE a.member_id IS NULL',
    );
    const sqlDrift = Number(row.n) + Number(orphans.n);
    if (report && sqlDrift !== report.drifted.length)
      log(`reconcile: CLI says ${report.drifted.length}, SQL says ${sqlDrift}`);
    return {
      drift: Math.max(report?.drifted.length ?? 0, sqlDrift),
      sqlDrift,
      cli: report ? { members: report.members, drifted: report.drifted.length } : 'failed',
    };
  } finally {
    await db.end();
  }
}

// ---- 5. figures: rollups rebuilt from the history, dashboards read from them, compared after the writes -------
async function figuresCli(args) {
  const started = Date.now();
  const { stdout, stderr } = await promisify(execFile)(
    'npm',
    ['run', '--silent', 'figures:recompute', '-w', '@tongxin/api', '--', ...args],
    { cwd: ROOT, env: { ...process.env, ...API_ENV, NO_COLOR: '1' }, timeout: 600_000, maxBuffer: 64 * 1024 * 1024 },
  ).catch((error) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? String(error) })); // exits 1 on differences
  try {
    return { report: JSON.parse(stdout.slice(stdout.indexOf('{'))), seconds: round1((Date.now() - started) / 1000) };
  } catch {
    log(`figures:recompute gave no report: ${(stderr || stdout).trim().slice(0, 300)}`);
    return { report: null, seconds: null };
  }
}

/** The street admin of the bench community's street, and the street. */
async function streetAdmin(db, seed) {
  const [[row]] = await db.query(
    `SELECT g.user_id AS userId, c.parent_id AS streetId FROM places c
     JOIN role_grants g ON g.place_id = c.parent_id AND g.role = 'street_admin' AND g.revoked_at IS NULL
     WHERE c.id = ? ORDER BY g.created_at, g.id LIMIT 1`,
    [seed.benchCommunityId],
  );
  return row;
}

// ---- main ----------------------------------------------------------------------------------------------------
async function main() {
  Object.assign(results, sizes());
  const seed = await ensureSeed();

  log('figures: counting the rollups from the whole history (figures:recompute --apply)');
  const rebuilt = await figuresCli(['--apply']);
  notes.figuresRebuild = rebuilt.report && { ...rebuilt.report, sample: undefined };
  results['figures.rebuild_s'] = rebuilt.seconds;

  const db = pool(4);
  const admin = await streetAdmin(db, seed);
  const [[hallUser]] = await db.query(
    "SELECT user_id AS id FROM role_grants WHERE place_id = ? AND role = 'part_time_grid_member' ORDER BY created_at, id LIMIT 1",
    [seed.benchGridId],
  );

  await withApi(async (api) => {
    if (!SKIP_LOAD) {
      notes.loadavgBefore = loadavg().map(round1);
      const events = await eventsList(api.base);
      results['api.events_list.rps'] = events.rps;
      results['api.events_list.p99_ms'] = events.p99;
      results['api.events_list.baseline_rps'] = events.baselineRps;
      results['api.events_list.ratio'] = round3(events.rps / events.baselineRps);

      log('orders hall: API, part-time grid member, 50 connections, 15 s');
      const hall = await load(`${api.base}/orders/hall`, {
        connections: 50,
        seconds: 15,
        headers: { authorization: `Bearer ${accessToken(hallUser.id)}` },
      });
      notes.hall = hall;
      results['api.orders_hall.rps'] = hall.rps;
      results['api.orders_hall.p99_ms'] = hall.p99;

      log('dashboard: a street admin, the street this month, 50 connections, 15 s');
      const dashboard = await load(`${api.base}/figures?placeId=${admin.streetId}&period=month`, {
        connections: 50,
        seconds: 15,
        headers: { authorization: `Bearer ${accessToken(admin.userId)}` },
      });
      notes.dashboard = dashboard;
      results['api.figures_dashboard.rps'] = dashboard.rps;
      results['api.figures_dashboard.p99_ms'] = dashboard.p99;
    }

    log('check-in burst: 3 scanners, 1,000 tickets, 10% shown twice');
    const checkin = await checkinBurst(api.base, db, seed, { tickets: 1000, scanners: 3 });
    notes.checkin = checkin.detail;
    results['checkin.burst.accepted'] = checkin.accepted;
    results['checkin.burst.duplicates'] = checkin.duplicates;
    results['checkin.burst.rps'] = checkin.rps;
    results['checkin.burst.p99_ms'] = checkin.p99;

    log('grab: 100 members, one open order');
    const grab = await timeBox(120_000, 'grab', () => grabRace(api.base, db, seed, 100));
    notes.grab = grab.detail;
    results['orders.grab.winners'] = grab.winners;

    log('redeem: 500 members, 50 in stock');
    const redeem = await timeBox(180_000, 'redeem', () => redeemRace(api.base, db, seed, { n: 500, stock: 50 }));
    notes.redeem = redeem.detail;
    results['points.redeem.oversold'] = redeem.oversold;

    results['api.rss_mb'] = rssMb(api.child.pid);

    log('import: a community of 3,500 households and 7,000 residents, by a street admin');
    const imported = await timeBox(300_000, 'import', () => mariadbImport(api.base, db));
    notes.import = imported.detail;
    Object.assign(results, importResults('import.households', imported));
  });
  await db.end();

  log('import on SQLite: the same workbooks on a fresh embedded database with the demo data');
  const sqliteImported = await timeBox(300_000, 'import (SQLite)', () => freshImport(join(RESULTS, 'api-import.log')));
  notes.importSqlite = sqliteImported.detail;
  Object.assign(results, importResults('import.households.sqlite', sqliteImported));

  log('figures: one sweep after the writes, then every rollup against a recount');
  const compared = await figuresCli(['--sweep']);
  notes.figuresCompare = compared.report;
  results['figures.recompute.differences'] = compared.report ? compared.report.differences : null;

  log('reconciling every balance with its ledger');
  const drift = await reconcile();
  results['points.reconcile.drift'] = drift.drift;
  notes.reconcile = drift;
}

const ORDER = [
  'api.events_list.rps',
  'api.events_list.p99_ms',
  'api.events_list.baseline_rps',
  'api.events_list.ratio',
  'api.orders_hall.rps',
  'api.orders_hall.p99_ms',
  'api.figures_dashboard.rps',
  'api.figures_dashboard.p99_ms',
  'figures.rebuild_s',
  'figures.recompute.differences',
  'checkin.burst.accepted',
  'checkin.burst.duplicates',
  'checkin.burst.rps',
  'checkin.burst.p99_ms',
  'orders.grab.winners',
  'points.redeem.oversold',
  'points.reconcile.drift',
  'import.households.dry_run_s',
  'import.households.apply_s',
  'import.households.again_s',
  'import.households.idempotent_rows',
  'import.households.sqlite.dry_run_s',
  'import.households.sqlite.apply_s',
  'import.households.sqlite.again_s',
  'import.households.sqlite.idempotent_rows',
  'weapp.main_kb',
  'weapp.staff_subpackage_kb',
  'weapp.largest_subpackage_kb',
  'weapp.total_kb',
  'h5.initial_js_gz_kb',
  'api.rss_mb',
];
const TARGETS = {
  'api.events_list.ratio': ['≥ 0.6', (v) => v >= 0.6],
  'api.events_list.p99_ms': ['≤ 100', (v) => v <= 100],
  'api.orders_hall.p99_ms': ['≤ 100', (v) => v <= 100],
  'api.figures_dashboard.p99_ms': ['≤ 100', (v) => v <= 100],
  'figures.recompute.differences': ['= 0', (v) => v === 0],
  'checkin.burst.duplicates': ['= 0', (v) => v === 0],
  'checkin.burst.accepted': ['= 1000', (v) => v === 1000],
  'orders.grab.winners': ['= 1', (v) => v === 1],
  'points.redeem.oversold': ['= 0', (v) => v === 0],
  'points.reconcile.drift': ['= 0', (v) => v === 0],
  'weapp.main_kb': ['≤ 1024', (v) => v <= 1024],
  // WeChat refuses a subpackage over 2 MB; F2 (数据看板's trend) lives in the staff one.
  'weapp.staff_subpackage_kb': ['≤ 2048', (v) => v <= 2048],
  'weapp.largest_subpackage_kb': ['≤ 2048', (v) => v <= 2048],
  'import.households.dry_run_s': ['≤ 30', (v) => v <= 30],
  'import.households.apply_s': ['≤ 30', (v) => v <= 30],
  'import.households.idempotent_rows': ['= 3500', (v) => v === 3500],
  'import.households.sqlite.dry_run_s': ['≤ 30', (v) => v <= 30],
  'import.households.sqlite.apply_s': ['≤ 30', (v) => v <= 30],
  'import.households.sqlite.idempotent_rows': ['= 3500', (v) => v === 3500],
};

let failed = null;
try {
  await main();
} catch (error) {
  failed = error;
  log(`FAILED: ${error.stack ?? error}`);
} finally {
  for (const child of children) await stopProcess(child);
}

const latest = Object.fromEntries(
  ORDER.map((key) => [key, typeof results[key] === 'number' && Number.isFinite(results[key]) ? results[key] : null]),
);
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
writeFileSync(
  join(RESULTS, 'latest-details.json'),
  `${JSON.stringify({ at: new Date().toISOString(), seconds: Math.round((Date.now() - runStarted) / 1000), notes }, null, 2)}\n`,
);

const rows = ORDER.map((key) => {
  const value = latest[key];
  const [target, ok] = TARGETS[key] ?? ['', null];
  const verdict = value === null ? 'n/a' : ok ? (ok(value) ? 'ok' : 'MISS') : '';
  return `${key.padEnd(42)} ${String(value ?? '—').padStart(10)}  ${target.padEnd(7)} ${verdict}`;
});
process.stdout.write(
  `\n${'metric'.padEnd(42)} ${'value'.padStart(10)}  target\n${'-'.repeat(70)}\n${rows.join('\n')}\n\n`,
);
if (notes.loadavgBefore && notes.loadavgBefore[0] > 1) {
  process.stdout.write(
    `note: load average ${notes.loadavgBefore.join(' ')} before the load phases: other work on this machine skews rps and latency\n`,
  );
}
process.stdout.write(
  `bench/results/latest.json written in ${Math.round((Date.now() - runStarted) / 1000)} s${failed ? ' (run FAILED, see above)' : ''}\n`,
);
process.exit(failed ? 1 : 0);
