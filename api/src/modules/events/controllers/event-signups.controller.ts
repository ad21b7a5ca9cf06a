import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventView, Page, RegistrationView, TicketView } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { type Caller, CurrentCaller, OnBehalf, OptionalCaller, Public } from '../../access/authorize.decorator';
import { SignUpDto } from '../dto/event-manage.dto';
import { EventSignupsService } from '../services/event-signups.service';
import { EventsService } from '../services/events.service';

/** Members: an event with their own sign-up, signing up and cancelling, their sign-ups and tickets. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventSignupsController {
  constructor(
    private readonly events: EventsService,
    private readonly signups: EventSignupsService,
  ) {}

  @Public()
  @Get(':id/view')
  view(@OptionalCaller() caller: Caller | null, @Param('id') id: string): Promise<EventView> {
    return this.events.view(caller?.userId ?? null, id);
  }

  @Post(':id/registrations')
  @OnBehalf('代为报名活动')
  signUp(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: SignUpDto): Promise<RegistrationView> {
    return this.signups.signUp(caller, id, body);
  }

  @Get('registrations/mine')
  @OnBehalf('查看报名')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<RegistrationView>> {
    return this.signups.mine(caller, query);
  }

  @Post('registrations/:registrationId/cancel')
  @OnBehalf('代为取消报名')
  @HttpCode(200)
  cancelRegistration(@CurrentCaller() caller: Caller, @Param('registrationId') id: string): Promise<RegistrationView> {
    return this.signups.cancel(caller, id);
  }

  @Get('registrations/:registrationId/ticket')
  ticket(@CurrentCaller() caller: Caller, @Param('registrationId') id: string): Promise<TicketView> {
    return this.signups.ticket(caller, id);
  }
}
