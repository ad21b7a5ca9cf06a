#!/usr/bin/env node
// Loads one hot endpoint of the built API on the bench database and, with --prof, profiles it: the API runs with
// --cpu-prof and the samples taken during the load (start-up and warm-up left out) are summed by package and by
// function. For finding what to fix; `npm run bench` is what measures. Needs the seeded tongxin_bench (run the
// bench once) and `npm run build -w @tongxin/api`. `checkin` runs the check-in burst (300 tickets to warm up,
// then 1,000) instead of a timed load.
// Usage: node bench/profile.mjs events|hall|checkin|dashboard [--prof DIR] [--seconds N] [--top N]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import autocannon from 'autocannon';

import { accessToken, API_ENV, freePort, pool, ROOT, sleep } from './lib.mjs';
import { checkinBurst } from './scenarios.mjs';
import { readSeed } from './seed.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const which = args[0] ?? 'events';
const profDir = option('--prof', null);
const seconds = Number(option('--seconds', 15));
const top = Number(option('--top', 25));
if (!['events', 'hall', 'checkin', 'dashboard'].includes(which)) {
  process.stderr.write(
    'usage: node bench/profile.mjs events|hall|checkin|dashboard [--prof DIR] [--seconds N] [--top N]\n',
  );
  process.exit(64);
}

const port = await freePort();
const spawnedAt = Date.now();
const child = spawn(
  process.execPath,
  [...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), join(ROOT, 'api/dist/main.js')],
  {
    cwd: join(ROOT, 'api'),
    env: { ...process.env, ...API_ENV, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const base = `http://127.0.0.1:${port}/api`;
for (let tries = 0; ; tries++) {
  if (tries > 240) throw new Error('the API did not start');
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {
    // not up yet
  }
  await sleep(250);
}

let url = `${base}/events?upcoming=true&page=1&pageSize=20`;
let headers = {};
if (which === 'hall') {
  const db = pool(1);
  const [[member]] = await db.query(
    "SELECT g.user_id AS id FROM role_grants g JOIN places p ON p.id = g.place_id WHERE g.role = 'part_time_grid_member' AND g.revoked_at IS NULL AND p.level = 'grid' ORDER BY g.created_at, g.id LIMIT 1",
  );
  await db.end();
  url = `${base}/orders/hall`;
  headers = { authorization: `Bearer ${accessToken(member.id)}` };
}
if (which === 'dashboard') {
  const db = pool(1);
  const [[admin]] = await db.query(
    "SELECT g.user_id AS id, g.place_id AS street FROM role_grants g WHERE g.role = 'street_admin' AND g.revoked_at IS NULL ORDER BY g.created_at, g.id LIMIT 1",
  );
  await db.end();
  url = `${base}/figures?placeId=${admin.street}&period=month`;
  headers = { authorization: `Bearer ${accessToken(admin.id)}` };
}
const load = (duration) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections: 50, duration, headers }, (e, r) => (e ? reject(e) : resolve(r))),
  );
let loadFrom;
if (which === 'checkin') {
  const db = pool(4);
  const seed = await readSeed(db);
  await checkinBurst(base, db, seed, { tickets: 300 });
  loadFrom = Date.now() - spawnedAt;
  const burst = await checkinBurst(base, db, seed, { tickets: 1000 });
  await db.end();
  console.log(JSON.stringify({ endpoint: which, rps: burst.rps, p99_ms: burst.p99, accepted: burst.accepted }));
} else {
  await load(5);
  loadFrom = Date.now() - spawnedAt;
  const result = await load(seconds);
  console.log(
    JSON.stringify({
      endpoint: which,
      rps: result.requests.average,
      p50_ms: result.latency.p50,
      p99_ms: result.latency.p99,
      non2xx: result.non2xx,
    }),
  );
}
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));

if (profDir) {
  const file = readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .sort()
    .at(-1);
  summarize(JSON.parse(readFileSync(join(profDir, file), 'utf8')), loadFrom * 1000);
}

/** Self time by package and by function, for samples after `skipMicros` of the profile. */
function summarize(profile, skipMicros) {
  const byPackage = new Map();
  const byFunction = new Map();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  let clock = 0;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    clock += dt;
    if (clock < skipMicros) return;
    total += dt;
    const { functionName, url: source, lineNumber } = nodes.get(id).callFrame;
    const pkg =
      /node_modules\/((@[^/]+\/)?[^/]+)/.exec(source)?.[1] ??
      (source.includes('/api/dist/') ? 'api' : source || (functionName.startsWith('(') ? functionName : '(native)'));
    const fn = `${functionName || '(anonymous)'} ${source.replace(/.*node_modules\//, '').replace(/.*\/api\/dist\//, 'api/')}:${lineNumber}`;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  });
  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [name, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`);
    }
  };
  print('self time by package', byPackage);
  print('self time by function', byFunction);
}
