#!/usr/bin/env node
// `npm start`: the API on the embedded database (or DATABASE_URL) and the H5 build, both on 127.0.0.1.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startH5Server } from './h5-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = Number(process.env.PORT ?? 3000);
const h5Port = Number(process.env.H5_PORT ?? 8080);
const apiUrl = `http://127.0.0.1:${apiPort}`;

const api = spawn(process.execPath, ['dist/main.js'], {
  cwd: join(root, 'api'),
  env: { ...process.env, PORT: String(apiPort) },
  stdio: 'inherit',
});

async function waitForApi(deadline = Date.now() + 60_000) {
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`API exited with code ${api.exitCode}`);
    try {
      const res = await fetch(`${apiUrl}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('API did not become healthy within 60 s');
}

let h5;
const stop = async (code = 0) => {
  await h5?.close();
  api.kill('SIGTERM');
  process.exitCode = code;
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
api.once('exit', (code) => {
  if (code) void stop(code);
});

try {
  await waitForApi();
  h5 = await startH5Server({ port: h5Port, apiUrl });
  process.stdout.write(
    `\n  同心 Tongxin is running\n` +
      `  API      ${apiUrl}/api   (health: ${apiUrl}/api/health, docs: ${apiUrl}/api/docs)\n` +
      `  H5 app   ${h5.url}\n` +
      `  Database ${process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/\/\/[^@]*@/, '//***@') : 'embedded SQLite (api/data/tongxin.sqlite)'}\n\n`,
  );
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  await stop(1);
}
