import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventRatingsSummary } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { RateEventDto } from '../dto/event-manage.dto';
import { EventRatingsService } from '../services/event-ratings.service';
import { EVENT } from './event-route';

/** Attendees rate an event they came to; organizers read the ratings. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventRatingsController {
  constructor(private readonly ratingsService: EventRatingsService) {}

  @Post(':id/ratings')
  @HttpCode(204)
  rate(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: RateEventDto): Promise<void> {
    return this.ratingsService.rate(caller, id, body);
  }

  @Get(':id/ratings')
  @Authorize(Permission.EventManage, EVENT)
  ratings(@Param('id') id: string): Promise<EventRatingsSummary> {
    return this.ratingsService.summary(id);
  }
}
