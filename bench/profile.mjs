// Profiles one endpoint: starts the built API with --cpu-prof (optional), loads it with autocannon, prints rps/p99.
// Usage: node bench/profile.mjs events|hall [--prof DIR] [--seconds N]
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import autocannon from 'autocannon';

import { accessToken, API_ENV, freePort, ROOT, pool, sleep } from './lib.mjs';

const args = process.argv.slice(2);
const which = args[0] ?? 'events';
const profDir = args.includes('--prof') ? args[args.indexOf('--prof') + 1] : null;
const seconds = args.includes('--seconds') ? Number(args[args.indexOf('--seconds') + 1]) : 15;
const port = await freePort();
const nodeArgs = [...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : []), join(ROOT, 'api/dist/main.js')];
const spawnedAt = Date.now();
const child = spawn(process.execPath, nodeArgs, {
  cwd: join(ROOT, 'api'),
  env: { ...process.env, ...API_ENV, HOST: '127.0.0.1', PORT: String(port) },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}/api`;
for (;;) {
  try {
    if ((await fetch(`${base}/health`)).ok) break;
  } catch {}
  await sleep(250);
}
let url = `${base}/events?upcoming=true&page=1&pageSize=20`;
let headers = {};
if (which === 'hall') {
  const db = pool(1);
  const [[u]] = await db.query(process.env.HALL_SQL ?? "SELECT g.user_id AS id FROM role_grants g JOIN places p ON p.id = g.place_id WHERE g.role = 'part_time_grid_member' AND g.revoked_at IS NULL AND p.level = 'grid' LIMIT 1");
  await db.end();
  url = `${base}/orders/hall`;
  headers = { authorization: `Bearer ${accessToken(u.id)}` };
}
const run = (duration, connections) =>
  new Promise((resolve, reject) => autocannon({ url, connections, duration, headers }, (e, r) => (e ? reject(e) : resolve(r))));
await run(3, 10);
const loadFrom = (Date.now() - spawnedAt) / 1000;
const r = await run(seconds, 50);
console.log(JSON.stringify({ loadFrom, which, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors }));
child.kill('SIGINT');
await new Promise((res) => child.once('exit', res));
