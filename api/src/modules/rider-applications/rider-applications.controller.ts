import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute, type Page, type RiderApplicationSummary } from '@tongxin/types';

import { PageQueryDto } from '../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { ReviewDto } from '../bindings/dto/bindings.dto';
import { CreateRiderApplicationDto, ListApplicationsQueryDto } from './dto/rider-applications.dto';
import { RiderApplicationsService } from './rider-applications.service';

const BY_ID = { record: 'riderApplication', param: 'id' } as const;

@ApiTags('rider-applications')
@ApiBearerAuth()
@Controller(ApiRoute.RiderApplications)
export class RiderApplicationsController {
  constructor(private readonly applications: RiderApplicationsService) {}

  @Post()
  apply(@CurrentCaller() caller: Caller, @Body() body: CreateRiderApplicationDto): Promise<RiderApplicationSummary> {
    return this.applications.apply(caller.userId, body);
  }

  @Get('mine')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<RiderApplicationSummary>> {
    return this.applications.mine(caller.userId, query);
  }

  @Get()
  @Authorize(Permission.RiderReview)
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListApplicationsQueryDto,
  ): Promise<Page<RiderApplicationSummary>> {
    return this.applications.list(caller, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorize(Permission.RiderReview, BY_ID)
  approve(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<RiderApplicationSummary> {
    return this.applications.approve(caller, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorize(Permission.RiderReview, BY_ID)
  reject(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ReviewDto,
  ): Promise<RiderApplicationSummary> {
    return this.applications.reject(caller, id, body);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @Authorize(Permission.RiderReview, BY_ID)
  revoke(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ReviewDto,
  ): Promise<RiderApplicationSummary> {
    return this.applications.revoke(caller, id, body);
  }
}
