import { Body, Controller, Get, Headers, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { MallItemView, Page, RedemptionView } from '@tongxin/types';

import { requireIdempotencyKey } from '../../infra/http/idempotency-key';
import { PageQueryDto } from '../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller, Public } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import {
  CollectDto,
  CreateMallItemDto,
  ListItemsQueryDto,
  ListRedemptionsQueryDto,
  UpdateMallItemDto,
} from './dto/mall.dto';
import { MallService } from './mall.service';

@ApiTags('mall')
@ApiBearerAuth()
@Controller('mall')
export class MallController {
  constructor(private readonly mall: MallService) {}

  @Public()
  @Get('items')
  items(@Query() query: ListItemsQueryDto): Promise<Page<MallItemView>> {
    return this.mall.items(query);
  }

  @Get('items/manage')
  @Authorize(Permission.MallManage, { record: 'place', query: 'communityId' })
  manageItems(@Query() query: ListItemsQueryDto): Promise<Page<MallItemView>> {
    return this.mall.items(query, true);
  }

  @Post('items')
  @Authorize(Permission.MallManage, { record: 'place', body: 'communityId' })
  createItem(@CurrentCaller() caller: Caller, @Body() body: CreateMallItemDto): Promise<MallItemView> {
    return this.mall.createItem(caller, body);
  }

  @Patch('items/:id')
  @Authorize(Permission.MallManage, { record: 'mallItem', param: 'id' })
  updateItem(@Param('id') id: string, @Body() body: UpdateMallItemDto): Promise<MallItemView> {
    return this.mall.updateItem(id, body);
  }

  @Post('items/:id/redeem')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '同一次兑换重试时保持不变' })
  redeem(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<RedemptionView> {
    return this.mall.redeem(caller.userId, id, requireIdempotencyKey(key));
  }

  @Get('redemptions/mine')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<RedemptionView>> {
    return this.mall.mine(caller.userId, query);
  }

  @Post('redemptions/:id/cancel')
  @HttpCode(200)
  cancel(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<RedemptionView> {
    return this.mall.cancel(caller.userId, id);
  }

  @Get('redemptions')
  @Authorize(Permission.MallManage, { record: 'place', query: 'communityId' })
  redemptions(@Query() query: ListRedemptionsQueryDto): Promise<Page<RedemptionView>> {
    return this.mall.communityRedemptions(query);
  }

  @Post('redemptions/collect')
  @HttpCode(200)
  @Authorize(Permission.MallManage)
  collect(@CurrentCaller() caller: Caller, @Body() body: CollectDto): Promise<RedemptionView> {
    return this.mall.collect(caller, body.pickupCode);
  }
}
