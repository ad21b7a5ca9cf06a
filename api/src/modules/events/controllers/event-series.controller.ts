import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EventSeriesView, Page, SeriesSessionSummary } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { CreateEventSeriesDto } from '../dto/event-series.dto';
import { EventSeriesService } from '../services/event-series.service';

/** The series in `:id`: the permission guard checks the caller's grant on its place. */
const SERIES = { record: 'eventSeries', param: 'id' } as const;

/** Organizers: a weekly series made in one go, its sessions, publishing them all. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('event-series')
export class EventSeriesController {
  constructor(private readonly series: EventSeriesService) {}

  @Post()
  @Authorize(Permission.EventManage, { record: 'place', body: 'placeId' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateEventSeriesDto): Promise<EventSeriesView> {
    return this.series.create(caller, body);
  }

  @Get(':id')
  @Authorize(Permission.EventManage, SERIES)
  view(@Param('id') id: string): Promise<EventSeriesView> {
    return this.series.view(id);
  }

  @Get(':id/sessions')
  @Authorize(Permission.EventManage, SERIES)
  sessions(@Param('id') id: string, @Query() query: PageQueryDto): Promise<Page<SeriesSessionSummary>> {
    return this.series.sessions(id, query);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authorize(Permission.EventManage, SERIES)
  publish(@Param('id') id: string): Promise<EventSeriesView> {
    return this.series.publish(id);
  }
}
