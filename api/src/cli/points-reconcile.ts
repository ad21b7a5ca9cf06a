import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';

import { AppModule } from '../app.module';
import { loadConfig } from '../infra/config/app-config';
import { PointsService } from '../modules/points/points.service';

/** `npm run points:reconcile -w @tongxin/api`: compares every balance with its ledger; exits 1 on drift. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, SEED_DEMO: 'never', SWEEP_INTERVAL_MS: '0' });
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: ['error'] });
  try {
    const report = await app.get(PointsService).reconcile();
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (report.drifted.length > 0) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

void main();
