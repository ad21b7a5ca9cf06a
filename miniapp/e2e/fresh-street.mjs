// A second API on an empty database (no demo data), as a street has on its first day in production: its own fake
// SMS server, its own H5 server, and `npm run admin:first` run against it. On the runner's MariaDB the database is
// the runner's name + `_fresh`; otherwise a new SQLite file.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { require as tsRequire } from 'tsx/cjs/api';

import { startH5Server } from '../../scripts/h5-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { startFakeTencentSms } = tsRequire('../../api/test/fakes/fake-tencent-sms.server.ts', import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the empty street; resolves with its URLs, the SMS codes it sent, the first-admin command and `close`. */
export async function startFreshStreet() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tongxin-fresh-'));
  const env = { ...process.env, SEED_DEMO: 'never', LOG_LEVEL: 'warn' };
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `${url.pathname}_fresh`;
    env.DATABASE_URL = url.toString();
    const reset = spawnSync(process.execPath, ['scripts/reset-database.mjs'], { cwd: root, env, stdio: 'inherit' });
    if (reset.status !== 0) throw new Error('could not empty the fresh database');
  } else {
    env.SQLITE_PATH = join(dataDir, 'fresh.sqlite');
  }
  const sms = await startFakeTencentSms();
  Object.assign(env, {
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: sms.secretId,
    TENCENT_SMS_SECRET_KEY: sms.secretKey,
    TENCENT_SMS_SDK_APP_ID: '1400000000',
    TENCENT_SMS_SIGN_NAME: '同心社区',
    TENCENT_SMS_TEMPLATE_ID: '1000001',
    TENCENT_SMS_ENDPOINT: `http://${sms.endpoint}`,
    RATE_LIMIT_LOGINS_PER_MINUTE: '10000',
    RATE_LIMIT_WRITES_PER_MINUTE: '10000',
  });

  // The command runs first, on the empty database (it runs the migrations, as the API does at start).
  const firstAdmin = (args) =>
    spawnSync(process.execPath, ['dist/cli/first-admin.js', ...args], {
      cwd: join(root, 'api'),
      env,
      encoding: 'utf8',
    });

  const apiPort = await freePort();
  const api = spawn(process.execPath, ['dist/main.js'], {
    cwd: join(root, 'api'),
    env: { ...env, PORT: String(apiPort) },
    stdio: 'inherit',
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`fresh API exited with code ${api.exitCode}`);
    if (Date.now() > deadline) throw new Error('fresh API did not become healthy within 60 s');
    if (
      await fetch(`${apiUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 300));
  }
  const h5 = await startH5Server({ port: await freePort(), apiUrl });
  return {
    h5Url: h5.url,
    apiUrl: `${apiUrl}/api`,
    firstAdmin,
    lastCodeFor: (phone) => sms.lastCodeFor(phone),
    async close() {
      await h5.close();
      api.kill('SIGTERM');
      await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
      await sms.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
