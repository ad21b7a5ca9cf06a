import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';

import { AppModule } from '../app.module';
import { loadConfig } from '../infra/config/app-config';
import { SeedService } from '../modules/seed/seed.service';

/** `npm run seed -w @tongxin/api [-- --force]`: seeds the demo data into the configured database. */
async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const config = loadConfig({ ...process.env, SEED_DEMO: 'never' });
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: ['error'] });
  try {
    const result = await app.get(SeedService).seed({ force });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (result.reason === 'has-real-data') {
      process.stderr.write('The database holds data that is not demo data; run with --force to seed anyway.\n');
      process.exitCode = 2;
    }
  } finally {
    await app.close();
  }
}

void main();
