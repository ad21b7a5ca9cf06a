import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FollowUpView, Page, ReportDetail, ReportView } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { AssignOrderDto, CancelOrderDto, OrderActionDto, QueueQueryDto } from '../dto/orders.dto';
import { FollowUpsService } from '../services/follow-ups.service';
import { OrdersService } from '../services/orders.service';
import { ReportViewsService } from '../services/report-views.service';
import { ORDER } from './order-route';

/** Staff and grid workers who dispatch: the queue, handing orders out and back, closing, follow-ups. */
@ApiTags('orders')
@ApiBearerAuth()
@Controller()
export class OrderAdminController {
  constructor(
    private readonly orders: OrdersService,
    private readonly followUps: FollowUpsService,
    private readonly views: ReportViewsService,
  ) {}

  @Get('orders/queue')
  @Authorize(Permission.OrderDispatch)
  queue(@CurrentCaller() caller: Caller, @Query() query: QueueQueryDto): Promise<Page<ReportView>> {
    return this.views.queue(caller, query);
  }

  @Post('orders/:id/assign')
  @HttpCode(200)
  @Authorize(Permission.OrderDispatch, ORDER)
  assign(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: AssignOrderDto,
  ): Promise<ReportDetail> {
    return this.orders.assign(caller, id, body);
  }

  @Post('orders/:id/take-back')
  @HttpCode(200)
  @Authorize(Permission.OrderDispatch, ORDER)
  takeBack(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: OrderActionDto,
  ): Promise<ReportDetail> {
    return this.orders.takeBack(caller, id, body);
  }

  @Post('orders/:id/verify')
  @HttpCode(200)
  @Authorize(Permission.OrderDispatch, ORDER)
  verify(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ReportDetail> {
    return this.orders.verify(caller, id);
  }

  @Post('orders/:id/cancel')
  @HttpCode(200)
  @Authorize(Permission.OrderCancel, ORDER)
  cancel(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: CancelOrderDto,
  ): Promise<ReportDetail> {
    return this.orders.cancel(caller, id, body.reason);
  }

  @Post('orders/:id/close')
  @HttpCode(200)
  @Authorize(Permission.OrderDispatch, ORDER)
  close(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<ReportDetail> {
    return this.orders.close(caller, id);
  }

  @Get('follow-ups')
  @Authorize(Permission.OrderCancel)
  listFollowUps(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<FollowUpView>> {
    return this.followUps.list(caller, query);
  }

  @Post('follow-ups/:id/done')
  @HttpCode(204)
  @Authorize(Permission.OrderCancel, { record: 'followUp', param: 'id' })
  doneFollowUp(@Param('id') id: string): Promise<void> {
    return this.followUps.done(id);
  }
}
