import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, PendingAwardView } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { ListPendingAwardsQueryDto, RejectPendingAwardDto } from './dto/points.dto';
import { PendingAwardsService } from './pending-awards.service';

const PENDING_AWARD = { record: 'pendingAward', param: 'id' } as const;

/** Staff: large awards waiting for a second staff member (two-person rule), in the places they award in. */
@ApiTags('points')
@ApiBearerAuth()
@Controller('points/pending-awards')
export class PendingAwardsController {
  constructor(private readonly pending: PendingAwardsService) {}

  @Get()
  @Authorize(Permission.PointsAward)
  list(@CurrentCaller() caller: Caller, @Query() query: ListPendingAwardsQueryDto): Promise<Page<PendingAwardView>> {
    return this.pending.list(caller, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authorize(Permission.PointsAward, PENDING_AWARD)
  approve(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<PendingAwardView> {
    return this.pending.approve(caller, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authorize(Permission.PointsAward, PENDING_AWARD)
  reject(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: RejectPendingAwardDto,
  ): Promise<PendingAwardView> {
    return this.pending.reject(caller, id, body.reason);
  }
}
