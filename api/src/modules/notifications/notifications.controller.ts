import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { NotificationView, Page } from '@tongxin/types';

import { PageQueryDto } from '../../infra/http/page-query.dto';
import { type Caller, CurrentCaller } from '../access/authorize.decorator';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('mine')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.mine(caller.userId, query);
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<void> {
    await this.notifications.markRead(caller.userId, id);
  }
}
