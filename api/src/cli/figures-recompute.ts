import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';

import { AppModule } from '../app.module';
import { loadConfig } from '../infra/config/app-config';
import { FiguresSweepService } from '../modules/figures/figures-sweep.service';

/**
 * `npm run figures:recompute [-- --apply] [-- --sweep]`: counts every figure again from the history and compares it
 * with the rollups; prints the differences as JSON and exits 1 when there are any (with --apply it writes the counted
 * rows). `--sweep` runs one ordinary sweep first, as a replica would (the bench's check after its writes).
 */
async function main(): Promise<void> {
  const apply = process.argv.includes('--apply');
  const sweepFirst = process.argv.includes('--sweep');
  const config = loadConfig({ ...process.env, SEED_DEMO: 'never', SWEEP_INTERVAL_MS: '0' });
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: ['error'] });
  try {
    const figures = app.get(FiguresSweepService);
    if (sweepFirst) await figures.sweep();
    const report = await figures.recompute({ apply });
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (report.differences > 0 && !report.applied) process.exitCode = 1;
  } finally {
    await app.close();
  }
}

void main();
