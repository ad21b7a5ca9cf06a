// A second API on an empty database (no demo data), as a street has on its first day in production: its own fake
// SMS server, its own H5 server, and `npm run admin:first` run against it. On the runner's MariaDB the database is
// the runner's name + `_fresh`; otherwise a new SQLite file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { require as tsRequire } from 'tsx/cjs/api';

import { startH5Server } from '../../scripts/h5-server.mjs';
import { freePort, journeyApiEnv, startBuiltApi } from '../../scripts/journey-api.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { startFakeTencentSms } = tsRequire('../../api/test/fakes/fake-tencent-sms.server.ts', import.meta.url);

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
  Object.assign(env, journeyApiEnv(sms));

  // `npm run admin:first` against the same database, as an operator runs it beside the API.
  const firstAdmin = (args) =>
    spawnSync(process.execPath, ['dist/cli/first-admin.js', ...args], {
      cwd: join(root, 'api'),
      env,
      encoding: 'utf8',
    });

  const api = await startBuiltApi({ env, port: await freePort(), name: 'fresh API' });
  const h5 = await startH5Server({ port: await freePort(), apiUrl: api.url });
  return {
    h5Url: h5.url,
    apiUrl: `${api.url}/api`,
    firstAdmin,
    lastCodeFor: (phone) => sms.lastCodeFor(phone),
    async close() {
      await h5.close();
      await api.stop();
      await sms.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
