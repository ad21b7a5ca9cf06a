import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { NotificationView, Page, ReminderTemplates, UnreadCount } from '@tongxin/types';

import { PageQueryDto } from '../../infra/http/page-query.dto';
import { type Caller, CurrentCaller, OnBehalf } from '../access/authorize.decorator';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('mine')
  @OnBehalf('查看消息')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.mine(caller.userId, query);
  }

  @Get('unread-count')
  unreadCount(@CurrentCaller() caller: Caller): Promise<UnreadCount> {
    return this.notifications.unreadCount(caller.userId);
  }

  @Get('reminder-templates')
  reminderTemplates(): ReminderTemplates {
    return this.notifications.reminderTemplates();
  }

  @Post('read-all')
  @HttpCode(204)
  readAll(@CurrentCaller() caller: Caller): Promise<void> {
    return this.notifications.markAllRead(caller.userId);
  }

  @Post(':id/read')
  @HttpCode(204)
  read(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<void> {
    return this.notifications.markRead(caller.userId, id);
  }
}
