import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SeriesChangeResult } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { UpdateEventDto } from '../dto/event-manage.dto';
import { SeriesEditsService } from '../services/series-edits.service';
import { EVENT } from './event-route';

/** Organizers: a session of a series and every later one — 编辑本场及以后, 取消本场及以后. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class SeriesSessionsController {
  constructor(private readonly edits: SeriesEditsService) {}

  @Patch(':id/following')
  @Authorize(Permission.EventManage, EVENT)
  updateFollowing(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: UpdateEventDto,
  ): Promise<SeriesChangeResult> {
    return this.edits.updateFollowing(caller, id, body);
  }

  @Post(':id/cancel-following')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  cancelFollowing(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<SeriesChangeResult> {
    return this.edits.cancelFollowing(caller, id);
  }
}
