import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, RiderRoute, RouteGridChoice } from '@tongxin/types';

import { PageQueryDto } from '../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { UpdateRiderRouteDto } from './dto/rider-route.dto';
import { RiderRoutesService } from './rider-routes.service';

/** 我的顺路: for those who may grab orders somewhere. */
@ApiTags('rider-route')
@ApiBearerAuth()
@Controller('me/route')
export class RiderRoutesController {
  constructor(private readonly routes: RiderRoutesService) {}

  @Get()
  @Authorize(Permission.OrderGrab)
  get(@CurrentCaller() caller: Caller): Promise<RiderRoute> {
    return this.routes.get(caller);
  }

  @Put()
  @Authorize(Permission.OrderGrab)
  update(@CurrentCaller() caller: Caller, @Body() body: UpdateRiderRouteDto): Promise<RiderRoute> {
    return this.routes.update(caller, body);
  }

  @Get('grids')
  @Authorize(Permission.OrderGrab)
  grids(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<RouteGridChoice>> {
    return this.routes.grids(caller, query);
  }
}
