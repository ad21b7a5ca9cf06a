import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, VolunteerHoursAdjustmentView } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { AdjustVolunteerHoursDto } from '../dto/volunteer-hours.dto';
import { VolunteerHoursService } from '../services/volunteer-hours.service';
import { EVENT } from './event-route';

/** Organizers: a volunteer's counted time set by hand, with a reason, and the history of such changes. */
@ApiTags('volunteer-hours')
@ApiBearerAuth()
@Controller('events')
export class VolunteerHoursController {
  constructor(private readonly hours: VolunteerHoursService) {}

  @Post(':id/registrations/:registrationId/hour-adjustments')
  @Authorize(Permission.EventManage, EVENT)
  adjust(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Param('registrationId') registrationId: string,
    @Body() body: AdjustVolunteerHoursDto,
  ): Promise<VolunteerHoursAdjustmentView> {
    return this.hours.adjust(caller, { eventId: id, registrationId }, body);
  }

  @Get(':id/registrations/:registrationId/hour-adjustments')
  @Authorize(Permission.EventManage, EVENT)
  adjustments(
    @Param('id') id: string,
    @Param('registrationId') registrationId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<VolunteerHoursAdjustmentView>> {
    return this.hours.adjustments({ eventId: id, registrationId }, query);
  }
}
