import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';

import { Public } from '../access/authorize.decorator';
import { ReportClientErrorDto } from './dto/report-client-error.dto';

/** The mini-app reports crashes here so they reach the same JSON logs as the API's own errors. */
@ApiTags('client-errors')
@Public()
@Controller(ApiRoute.ClientErrors)
export class ClientErrorsController {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext('ClientError');
  }

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: '已记录' })
  report(@Body() body: ReportClientErrorDto): void {
    this.logger.warn({ clientError: body }, 'mini-app error');
  }
}
