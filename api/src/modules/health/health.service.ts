import { Injectable } from '@nestjs/common';
import type { HealthResponse } from '@tongxin/types';

import { APP_VERSION } from '../../infra/config/version';
import { DatabaseHealth } from '../../infra/database/database-health';

@Injectable()
export class HealthService {
  constructor(private readonly database: DatabaseHealth) {}

  async check(): Promise<HealthResponse> {
    const up = await this.database.isUp();
    return {
      status: up ? 'ok' : 'degraded',
      database: up ? 'up' : 'down',
      driver: this.database.driver,
      version: APP_VERSION,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
