// Shared pieces of the benchmark: settings, the API process, the database, tokens, timing helpers.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import jwt from 'jsonwebtoken';
import mysql from 'mysql2/promise';

export const ROOT = new URL('..', import.meta.url).pathname;
export const RESULTS = join(ROOT, 'bench/results');
export const DB_NAME = process.env.BENCH_DB ?? 'tongxin_bench';
export const DB_HOST = process.env.BENCH_DB_HOST ?? '127.0.0.1';
export const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 3306);
export const DATABASE_URL = `mariadb://root@${DB_HOST}:${DB_PORT}/${DB_NAME}`;

// Bench-only secrets, passed to the API so the bench can sign access tokens and tickets itself.
export const JWT_SECRET = 'tongxin-bench-jwt-secret-0123456789abcdef';
export const TICKET_SIGNING_KEY = Buffer.alloc(32, 7).toString('base64');

export const API_ENV = {
  APP_MODE: 'demo',
  DATABASE_URL,
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'never',
  SWEEP_INTERVAL_MS: '0',
  JWT_SECRET,
  TICKET_SIGNING_KEY,
  // The benchmarks measure the API's capacity, not its rate limits (a handful of members make thousands of calls).
  RATE_LIMIT_LOGINS_PER_MINUTE: '100000000',
  RATE_LIMIT_WRITES_PER_MINUTE: '100000000',
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function log(message) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function connect(database = DB_NAME, extra = {}) {
  return mysql.createConnection({
    host: DB_HOST,
    port: DB_PORT,
    user: 'root',
    database,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    ...extra,
  });
}

export function pool(size = 4) {
  return mysql.createPool({
    host: DB_HOST,
    port: DB_PORT,
    user: 'root',
    database: DB_NAME,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    connectionLimit: size,
  });
}

/** Starts a node process with `args`, logging to `logFile`, and waits until `healthUrl` answers 200. */
export async function startProcess({ name, args, env, healthUrl, logFile, timeoutMs = 60_000, cwd = ROOT }) {
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${name} exited during start-up (${JSON.stringify(exited)}); see ${logFile}`);
    try {
      const res = await fetch(healthUrl, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return child;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer ${healthUrl} within ${timeoutMs} ms; see ${logFile}`);
}

/** Stops a child by its pid: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(child, graceMs = 12_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

export async function startApi(logFile) {
  const apiMain = join(ROOT, 'api/dist/main.js');
  if (!existsSync(apiMain)) throw new Error('api/dist/main.js is missing: run `npm run build -w @tongxin/api` first');
  const port = await freePort();
  const child = await startProcess({
    name: 'API',
    args: [apiMain],
    cwd: join(ROOT, 'api'),
    env: { ...API_ENV, HOST: '127.0.0.1', PORT: String(port) },
    healthUrl: `http://127.0.0.1:${port}/api/health`,
    logFile,
    timeoutMs: 120_000,
  });
  return { child, port, base: `http://127.0.0.1:${port}/api` };
}

export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

export function accessToken(userId) {
  return jwt.sign({ sub: userId, typ: 'access', sv: 0 }, JWT_SECRET, { algorithm: 'HS256', expiresIn: 3600 });
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round1 = (n) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 10) / 10);
export const round3 = (n) => (n === null || n === undefined || Number.isNaN(n) ? null : Math.round(n * 1000) / 1000);

/** Runs `fn` but gives up after `ms` (the promise it returns rejects; the work may keep running). */
export function timeBox(ms, label, fn) {
  let timer;
  return Promise.race([
    fn(),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${label}: time box of ${ms / 1000} s exceeded`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
