import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { HonourView, Page } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller, OptionalCaller, Public } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { ListHonoursQueryDto, NominateHonourDto, RejectHonourDto } from './dto/honours.dto';
import { HonoursService } from './honours.service';

@ApiTags('honours')
@ApiBearerAuth()
@Controller('honours')
export class HonoursController {
  constructor(private readonly honours: HonoursService) {}

  @Public()
  @Get()
  list(@OptionalCaller() caller: Caller | null, @Query() query: ListHonoursQueryDto): Promise<Page<HonourView>> {
    return this.honours.list(caller, query);
  }

  @Post()
  @Authorize(Permission.HonourManage, { record: 'place', body: 'communityId' })
  nominate(@CurrentCaller() caller: Caller, @Body() body: NominateHonourDto): Promise<HonourView> {
    return this.honours.nominate(caller, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorize(Permission.HonourManage, { record: 'honour', param: 'id' })
  approve(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<HonourView> {
    return this.honours.approve(caller, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorize(Permission.HonourManage, { record: 'honour', param: 'id' })
  reject(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: RejectHonourDto): Promise<HonourView> {
    return this.honours.reject(caller, id, body.reason);
  }
}
