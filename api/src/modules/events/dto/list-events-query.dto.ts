import { ApiPropertyOptional } from '@nestjs/swagger';
import { EventStatus, EventType, type ListEventsQuery, type ListManagedEventsQuery } from '@tongxin/types';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { QueryBoolean } from '../../../infra/http/query-boolean';

export class ListEventsQueryDto extends PageQueryDto implements ListEventsQuery {
  @ApiPropertyOptional({ default: true, description: '只看未结束的活动' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  upcoming: boolean = true;

  @ApiPropertyOptional({ description: '只看该地点及其下级的活动' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @ApiPropertyOptional({ enum: Object.values(EventType) })
  @IsOptional()
  @IsIn(Object.values(EventType))
  type?: EventType;
}

export class ListManagedEventsQueryDto extends PageQueryDto implements ListManagedEventsQuery {
  @ApiPropertyOptional({ description: '只看该地点及其下级的活动（须是自己管理的地点）' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @ApiPropertyOptional({ enum: Object.values(EventStatus) })
  @IsOptional()
  @IsIn(Object.values(EventStatus))
  status?: EventStatus;
}
