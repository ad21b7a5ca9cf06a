#!/usr/bin/env node
// `npm run test:e2e`: browser journeys in headless Chromium against the H5 build and a real API.
// The API runs on a fresh embedded database, or on DATABASE_URL when set (that database is emptied first).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { require as tsRequire } from 'tsx/cjs/api';
import { startH5Server } from './h5-server.mjs';
import { freePort, journeyApiEnv, startBuiltApi } from './journey-api.mjs';

// The fake Tencent SMS server is the one the API e2e suites use (TypeScript, loaded through tsx).
const { startFakeTencentSms } = tsRequire('../api/test/fakes/fake-tencent-sms.server.ts', import.meta.url);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  process.stderr.write(
    `Chromium not found at ${chromium}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.\n`,
  );
  process.exit(1);
}
// Journeys test the sources as they are now, not an older dist/: build first (turbo replays its cache when
// nothing changed, in a few seconds).
process.stderr.write('journeys: npm run build (cached when nothing changed)\n');
const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) {
  process.stderr.write('journeys: npm run build failed\n');
  process.exit(1);
}

const apiPort = Number(process.env.JOURNEY_API_PORT ?? (await freePort()));
const h5Port = Number(process.env.JOURNEY_H5_PORT ?? (await freePort()));
const dataDir = mkdtempSync(join(tmpdir(), 'tongxin-journeys-'));

if (process.env.DATABASE_URL) {
  const reset = spawnSync(process.execPath, ['scripts/reset-database.mjs'], { cwd: root, stdio: 'inherit' });
  if (reset.status !== 0) process.exit(1);
}

// The API sends SMS codes to the fake provider; journeys read them at FAKE_SMS_URL/codes/<phone>.
const sms = await startFakeTencentSms();
const codes = createServer((req, res) => {
  const phone = /^\/codes\/(\d{11})$/.exec(req.url ?? '')?.[1];
  const code = phone ? sms.lastCodeFor(phone) : undefined;
  res.writeHead(code ? 200 : 404, { 'content-type': 'application/json' });
  res.end(JSON.stringify(code ? { code } : { error: 'no code sent to this phone' }));
});
await new Promise((resolve) => codes.listen(0, '127.0.0.1', resolve));
const fakeSmsUrl = `http://127.0.0.1:${codes.address().port}`;

let api;
let h5;
let status = 1;
try {
  api = await startBuiltApi({
    port: apiPort,
    env: {
      ...process.env,
      ...journeyApiEnv(sms),
      SQLITE_PATH: join(dataDir, 'journeys.sqlite'),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      // One 举报 hides an item pending review, so the moderation journey needs one neighbour, not three.
      MODERATION_FLAG_THRESHOLD: '1',
    },
  });
  h5 = await startH5Server({ port: h5Port, apiUrl: `http://127.0.0.1:${apiPort}` });
  const dir = join(root, 'miniapp', 'e2e');
  // `npm run test:e2e -- event-checkin` runs only the journeys whose file name contains an argument.
  const only = process.argv.slice(2);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.journey.mjs') && (only.length === 0 || only.some((name) => f.includes(name))))
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no journey in miniapp/e2e matches ${only.join(', ')}`);
  const run = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
    stdio: 'inherit',
    env: {
      ...process.env,
      H5_URL: h5.url,
      API_URL: `http://127.0.0.1:${apiPort}/api`,
      FAKE_SMS_URL: fakeSmsUrl,
      CHROMIUM_PATH: chromium,
    },
  });
  status = await new Promise((resolve) => run.once('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  process.stderr.write(`${error.message}\n`);
} finally {
  await h5?.close();
  await api?.stop();
  codes.close();
  await sms.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(status);
