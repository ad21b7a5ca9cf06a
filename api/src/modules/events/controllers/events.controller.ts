import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiRoute, ErrorCode } from '@tongxin/types';

import { DomainException } from '../../../infra/http/domain.exception';
import { type Caller, OptionalCaller, Public } from '../../access/authorize.decorator';
import { EventDetailResponse, EventPageResponse } from '../dto/event.response';
import { ListEventsQueryDto } from '../dto/list-events-query.dto';
import { EventsService } from '../services/events.service';

const eventId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainException(ErrorCode.EventNotFound, '活动不存在或已下线'),
});

@ApiTags('events')
@Public()
@Controller(ApiRoute.Events)
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @ApiOkResponse({ type: EventPageResponse })
  list(@Query() query: ListEventsQueryDto): Promise<EventPageResponse> {
    return this.events.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: EventDetailResponse })
  get(@OptionalCaller() caller: Caller | null, @Param('id', eventId) id: string): Promise<EventDetailResponse> {
    return this.events.get(caller?.userId ?? null, id);
  }
}
