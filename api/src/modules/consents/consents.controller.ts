import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ConsentStatus, ConsentView, Page } from '@tongxin/types';

import { PageQueryDto } from '../../infra/http/page-query.dto';
import { type Caller, CurrentCaller } from '../access/authorize.decorator';
import { ConsentsService } from './consents.service';
import { AcceptConsentsDto } from './dto/accept-consents.dto';

/** The member's own agreements; there is no route to anyone else's. */
@ApiTags('consents')
@ApiBearerAuth()
@Controller('me/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<ConsentView>> {
    return this.consents.mine(caller.userId, query);
  }

  @Get('status')
  status(@CurrentCaller() caller: Caller): Promise<ConsentStatus> {
    return this.consents.status(caller.userId);
  }

  @Post()
  accept(@CurrentCaller() caller: Caller, @Body() body: AcceptConsentsDto): Promise<ConsentStatus> {
    return this.consents.accept(caller.userId, body);
  }
}
