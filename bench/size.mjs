#!/usr/bin/env node
// Sizes of the production builds, as JSON: weapp main package, the staff subpackage (F2's charts live there) and
// the largest subpackage, the total, and the gzipped JS the H5 home page loads.
// Usage: node bench/size.mjs [--max-main-kb N] [--max-subpackage-kb N]
//   (exits 1 when the weapp main package, or any subpackage, is over N KB; WeChat refuses either over 2048 KB)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const weapp = join(root, 'miniapp/dist/weapp');
const h5 = join(root, 'miniapp/dist/h5');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const app = JSON.parse(readFileSync(join(weapp, 'app.json'), 'utf8'));
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
let mainBytes = 0;
let totalBytes = 0;
const subBytes = new Map(subRoots.map((r) => [r, 0]));
for (const file of files(weapp)) {
  const rel = relative(weapp, file);
  if (rel === 'project.config.json' || rel.endsWith('.map')) continue;
  const size = statSync(file).size;
  totalBytes += size;
  const sub = subRoots.find((r) => rel.startsWith(r));
  if (sub) subBytes.set(sub, subBytes.get(sub) + size);
  else mainBytes += size;
}
const [largestRoot, largestBytes] = [...subBytes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];

const html = readFileSync(join(h5, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
const initialGz = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(h5, src))).length, 0);

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const result = {
  'weapp.main_kb': kb(mainBytes),
  'weapp.staff_subpackage_kb': kb(subBytes.get('packages/staff/') ?? 0),
  'weapp.largest_subpackage_kb': kb(largestBytes),
  'weapp.total_kb': kb(totalBytes),
  'h5.initial_js_gz_kb': kb(initialGz),
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);

const limitArg = process.argv.indexOf('--max-main-kb');
if (limitArg > 0 && result['weapp.main_kb'] > Number(process.argv[limitArg + 1])) {
  process.stderr.write(
    `weapp main package is ${result['weapp.main_kb']} KB, over the ${process.argv[limitArg + 1]} KB limit\n`,
  );
  process.exit(1);
}
const subLimitArg = process.argv.indexOf('--max-subpackage-kb');
if (subLimitArg > 0 && result['weapp.largest_subpackage_kb'] > Number(process.argv[subLimitArg + 1])) {
  process.stderr.write(
    `weapp subpackage ${largestRoot} is ${result['weapp.largest_subpackage_kb']} KB, over the ${process.argv[subLimitArg + 1]} KB limit\n`,
  );
  process.exit(1);
}
