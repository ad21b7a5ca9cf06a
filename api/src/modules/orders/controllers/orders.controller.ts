import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, ReportDetail, ReportView } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { ConfirmOrderDto, HallQueryDto, OrderActionDto } from '../dto/orders.dto';
import { OrdersService } from '../services/orders.service';
import { ReportViewsService } from '../services/report-views.service';
import { ORDER } from './order-route';

/** Members: grid workers grabbing and handling orders, and reporters answering for theirs. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller()
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly views: ReportViewsService,
  ) {}

  @Get('orders/hall')
  @Authorize(Permission.OrderGrab)
  hall(@CurrentCaller() caller: Caller, @Query() query: HallQueryDto): Promise<Page<ReportView>> {
    return this.views.hall(caller, query);
  }

  @Get('orders/mine')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<ReportView>> {
    return this.views.handledBy(caller, query);
  }

  @Post('orders/:id/grab')
  @HttpCode(200)
  @Authorize(Permission.OrderGrab, ORDER)
  grab(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ReportDetail> {
    return this.orders.grab(caller, id);
  }

  @Post('orders/:id/start')
  @HttpCode(200)
  start(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ReportDetail> {
    return this.orders.start(caller, id);
  }

  @Post('orders/:id/finish')
  @HttpCode(200)
  finish(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: OrderActionDto,
  ): Promise<ReportDetail> {
    return this.orders.finish(caller, id, body);
  }

  @Post('orders/:id/confirm')
  @HttpCode(200)
  confirm(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ConfirmOrderDto,
  ): Promise<ReportDetail> {
    return this.orders.confirm(caller, id, body);
  }

  @Post('orders/:id/not-fixed')
  @HttpCode(200)
  notFixed(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: OrderActionDto,
  ): Promise<ReportDetail> {
    return this.orders.notFixed(caller, id, body);
  }
}
