import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FamilyActView, FamilyLinkView } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { RecordFamilyLinkDto, RequestFamilyLinkDto } from './dto/family.dto';
import { FamilyService } from './family.service';

/** 亲情代办 links: asked, confirmed, recorded by staff, ended; and what was done through them. */
@ApiTags('family')
@ApiBearerAuth()
@Controller('family/links')
export class FamilyController {
  constructor(private readonly family: FamilyService) {}

  @Get()
  mine(@CurrentCaller() caller: Caller): Promise<FamilyLinkView[]> {
    return this.family.mine(caller);
  }

  @Post()
  request(@CurrentCaller() caller: Caller, @Body() body: RequestFamilyLinkDto): Promise<FamilyLinkView[]> {
    return this.family.request(caller, body);
  }

  @Post('staff')
  @Authorize(Permission.CareManage)
  record(@CurrentCaller() caller: Caller, @Body() body: RecordFamilyLinkDto): Promise<FamilyLinkView[]> {
    return this.family.record(caller, body);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  confirm(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<FamilyLinkView[]> {
    return this.family.confirm(caller, id);
  }

  @Post(':id/end')
  @HttpCode(200)
  end(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<FamilyLinkView[]> {
    return this.family.end(caller, id);
  }

  @Get(':id/acts')
  acts(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<FamilyActView[]> {
    return this.family.acts(caller, id);
  }
}
