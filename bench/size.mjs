#!/usr/bin/env node
// Sizes of the production builds, as JSON: weapp main package and total, gzipped JS the H5 home page loads.
// Usage: node bench/size.mjs [--max-main-kb N]   (exits 1 when the weapp main package is over N KB)
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
for (const file of files(weapp)) {
  const rel = relative(weapp, file);
  if (rel === 'project.config.json' || rel.endsWith('.map')) continue;
  const size = statSync(file).size;
  totalBytes += size;
  if (!subRoots.some((r) => rel.startsWith(r))) mainBytes += size;
}

const html = readFileSync(join(h5, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
const initialGz = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(h5, src))).length, 0);

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const result = {
  'weapp.main_kb': kb(mainBytes),
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
