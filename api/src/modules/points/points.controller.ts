import { Body, Controller, Get, Headers, Param, ParseEnumPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  type CommunityReconciliation,
  EARNING_SOURCES,
  type EarningSource,
  type Leaderboard,
  type Page,
  type PointsBalance,
  type PointsEntryView,
  type PointsRuleView,
  type StaffAwardResult,
} from '@tongxin/types';
import type { FastifyReply } from 'fastify';

import { requireIdempotencyKey } from '../../infra/http/idempotency-key';
import { PageQueryDto } from '../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller, OptionalCaller, Public } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import {
  LeaderboardQueryDto,
  ReconciliationQueryDto,
  ReverseEntryDto,
  StaffAwardDto,
  UpdatePointsRuleDto,
} from './dto/points.dto';
import { PointsService } from './points.service';

@ApiTags('points')
@ApiBearerAuth()
@Controller('points')
export class PointsController {
  constructor(private readonly points: PointsService) {}

  @Get('me')
  balance(@CurrentCaller() caller: Caller): Promise<PointsBalance> {
    return this.points.balance(caller.userId);
  }

  @Get('me/entries')
  history(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<PointsEntryView>> {
    return this.points.history(caller.userId, query);
  }

  @Public()
  @Get('rules/:communityId')
  rules(@Param('communityId') communityId: string): Promise<PointsRuleView[]> {
    return this.points.rules(communityId);
  }

  @Put('rules/:communityId/:source')
  @Authorize(Permission.PointsRules, { record: 'place', param: 'communityId' })
  updateRule(
    @CurrentCaller() caller: Caller,
    @Param('communityId') communityId: string,
    @Param('source', new ParseEnumPipe(Object.fromEntries(EARNING_SOURCES.map((s) => [s, s])))) source: EarningSource,
    @Body() body: UpdatePointsRuleDto,
  ): Promise<PointsRuleView> {
    return this.points.updateRule({ caller, communityId, source, body });
  }

  @Post('awards')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '同一请求重试时保持不变' })
  @ApiCreatedResponse({ description: '已发放：积分记录' })
  @ApiAcceptedResponse({ description: '超过审核额度：待另一位工作人员审核的奖励申请' })
  @Authorize(Permission.PointsAward)
  async award(
    @CurrentCaller() caller: Caller,
    @Body() body: StaffAwardDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffAwardResult> {
    const result = await this.points.staffAward(caller, body, requireIdempotencyKey(key));
    if ('status' in result) void reply.status(202);
    return result;
  }

  @Post('entries/:id/reverse')
  @Authorize(Permission.PointsAward, { record: 'pointsEntry', param: 'id' })
  reverse(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ReverseEntryDto,
  ): Promise<PointsEntryView> {
    return this.points.reverse(caller, id, body.reason);
  }

  @Public()
  @Get('leaderboard')
  leaderboard(@OptionalCaller() caller: Caller | null, @Query() query: LeaderboardQueryDto): Promise<Leaderboard> {
    return this.points.leaderboard(caller?.userId ?? null, query);
  }

  @Get('reconciliation')
  @Authorize(Permission.PointsReconcile, { record: 'place', query: 'communityId' })
  reconcile(@Query() query: ReconciliationQueryDto): Promise<CommunityReconciliation> {
    return this.points.reconcileCommunity(query);
  }
}
