import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { NestFactory } from '@nestjs/core';

import { AppModule } from '../app.module';
import { loadConfig } from '../infra/config/app-config';
import { DomainException } from '../infra/http/domain.exception';
import { FirstAdminService } from '../modules/grants/first-admin.service';

const USAGE = 'usage: npm run admin:first -- --street <街道名称> --phone <手机号> [--name <姓名>]\n';

/**
 * `npm run admin:first -- --street 滨河街道 --phone 13800000000 [--name 张三]`: the first administrator of a street
 * on a production database (the street is created when missing). Refused when that street already has one.
 * The admin then logs in with that phone (SMS code) and grants everyone else in the app.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { street: { type: 'string' }, phone: { type: 'string' }, name: { type: 'string' } },
    strict: true,
  });
  if (!values.street || !values.phone) {
    process.stderr.write(USAGE);
    process.exitCode = 64;
    return;
  }
  const config = loadConfig({ ...process.env, SEED_DEMO: 'never', SWEEP_INTERVAL_MS: '0' });
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: ['error'] });
  try {
    const result = await app
      .get(FirstAdminService)
      .create({ street: values.street, phone: values.phone, name: values.name });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } finally {
    await app.close();
  }
}

void main();
