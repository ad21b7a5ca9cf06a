import 'reflect-metadata';

import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './infra/config/app-config';

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const app = await createApp(config);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    // Nest closes the server on these signals; stop waiting for stuck requests after the grace period.
    process.once(signal, () => setTimeout(() => process.exit(1), config.shutdownGraceMs).unref());
  }
  await app.listen(config.port, config.host);
  process.stdout.write(`同心 API listening on http://${config.host}:${config.port}/api (docs: /api/docs)\n`);
}

void bootstrap();
