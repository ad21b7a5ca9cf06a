// What the journeys runner and the first-street journey's empty street both need: a free port, the environment
// that points the API's SMS at the fake Tencent server and lifts the per-address limits, and a built API process
// that is healthy before anyone calls it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'api');

/** A port nothing listens on now, so journeys never collide with a running `npm start` or another run. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The API's SMS provider pointed at the fake Tencent server; every journey logs in from one address. */
export function journeyApiEnv(sms) {
  return {
    SMS_PROVIDER: 'tencent',
    TENCENT_SMS_SECRET_ID: sms.secretId,
    TENCENT_SMS_SECRET_KEY: sms.secretKey,
    TENCENT_SMS_SDK_APP_ID: '1400000000',
    TENCENT_SMS_SIGN_NAME: '同心社区',
    TENCENT_SMS_TEMPLATE_ID: '1000001',
    TENCENT_SMS_ENDPOINT: `http://${sms.endpoint}`,
    RATE_LIMIT_LOGINS_PER_MINUTE: '10000',
    RATE_LIMIT_WRITES_PER_MINUTE: '10000',
  };
}

/** Starts the built API (`api/dist/main.js`) with `env` on `port`; resolves once `/api/health` answers. */
export async function startBuiltApi({ env, port, name = 'API' }) {
  const api = spawn(process.execPath, ['dist/main.js'], {
    cwd: apiDir,
    env: { ...env, PORT: String(port) },
    stdio: 'inherit',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    api.kill('SIGTERM');
    await new Promise((r) => (api.exitCode !== null ? r() : api.once('exit', r)));
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`${name} exited with code ${api.exitCode}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${name} did not become healthy within 60 s`);
    }
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
}
