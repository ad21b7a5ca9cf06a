import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoute, type HealthResponse } from '@tongxin/types';
import type { FastifyReply } from 'fastify';

import { Public } from '../access/authorize.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Public()
@Controller(ApiRoute.Health)
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @HttpCode(200)
  @ApiOkResponse({ description: '服务与数据库正常' })
  @ApiServiceUnavailableResponse({ description: '数据库不可用' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const result = await this.health.check();
    if (result.database === 'down') void reply.status(503);
    return result;
  }
}
