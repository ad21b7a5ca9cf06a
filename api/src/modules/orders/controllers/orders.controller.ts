import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MyMonth, Page, ReportDetail, ReportView } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller, OnBehalf } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { MyMonthQueryDto } from '../dto/my-month.dto';
import { ConfirmOrderDto, GrabOrderDto, HallQueryDto, OrderActionDto } from '../dto/orders.dto';
import { MyMonthService } from '../services/my-month.service';
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
    private readonly month: MyMonthService,
  ) {}

  @Get('orders/hall')
  @Authorize(Permission.OrderGrab)
  hall(@CurrentCaller() caller: Caller, @Query() query: HallQueryDto): Promise<Page<ReportView>> {
    return this.views.hall(caller, query);
  }

  /** 我的本月: the caller's finished orders, on-time share, average rating and points earned in a month. */
  @Get('orders/mine/month')
  myMonth(@CurrentCaller() caller: Caller, @Query() query: MyMonthQueryDto): Promise<MyMonth> {
    return this.month.get(caller, query.month);
  }

  @Get('orders/mine')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<ReportView>> {
    return this.views.handledBy(caller, query);
  }

  @Post('orders/:id/grab')
  @HttpCode(200)
  @Authorize(Permission.OrderGrab, ORDER)
  grab(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: GrabOrderDto): Promise<ReportDetail> {
    return this.orders.grab(caller, id, body);
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
  @OnBehalf('代为确认完成')
  @HttpCode(200)
  confirm(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ConfirmOrderDto,
  ): Promise<ReportDetail> {
    return this.orders.confirm(caller, id, body);
  }

  @Post('orders/:id/not-fixed')
  @OnBehalf('代为反馈未解决')
  @HttpCode(200)
  notFixed(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: OrderActionDto,
  ): Promise<ReportDetail> {
    return this.orders.notFixed(caller, id, body);
  }
}
