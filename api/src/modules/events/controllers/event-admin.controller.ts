import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventMessageResult, EventView, ManagedEventSummary, Page, RegistrationView } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { CreateEventDto, EventMessageDto, UpdateEventDto } from '../dto/event-manage.dto';
import { ListManagedEventsQueryDto } from '../dto/list-events-query.dto';
import { EventAdminService } from '../services/event-admin.service';
import { EventMessagesService } from '../services/event-messages.service';
import { EventSignupsService } from '../services/event-signups.service';
import { EVENT } from './event-route';

/** Organizers: their events of every status, creating and running them, and approving sign-ups. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventAdminController {
  constructor(
    private readonly admin: EventAdminService,
    private readonly signups: EventSignupsService,
    private readonly messages: EventMessagesService,
  ) {}

  @Get('managed')
  @Authorize(Permission.EventManage)
  managed(
    @CurrentCaller() caller: Caller,
    @Query() query: ListManagedEventsQueryDto,
  ): Promise<Page<ManagedEventSummary>> {
    return this.admin.managed(caller, query);
  }

  @Post()
  @Authorize(Permission.EventManage, { record: 'place', body: 'placeId' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateEventDto): Promise<EventView> {
    return this.admin.create(caller, body);
  }

  @Patch(':id')
  @Authorize(Permission.EventManage, EVENT)
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: UpdateEventDto): Promise<EventView> {
    return this.admin.update(caller, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  publish(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<EventView> {
    return this.admin.publish(caller, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  cancel(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<EventView> {
    return this.admin.cancel(caller, id);
  }

  /** 通知参与者: a notice to everyone confirmed (and, if asked, waiting). */
  @Post(':id/messages')
  @Authorize(Permission.EventManage, EVENT)
  message(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: EventMessageDto,
  ): Promise<EventMessageResult> {
    return this.messages.send(caller, id, body);
  }

  @Post(':id/registrations/:registrationId/approve')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  approve(@Param('id') id: string, @Param('registrationId') registrationId: string): Promise<RegistrationView> {
    return this.signups.approve(id, registrationId);
  }

  @Post(':id/registrations/:registrationId/reject')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  reject(@Param('id') id: string, @Param('registrationId') registrationId: string): Promise<RegistrationView> {
    return this.signups.reject(id, registrationId);
  }
}
