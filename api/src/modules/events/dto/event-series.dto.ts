import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateEventSeriesRequest, MAX_SERIES_SESSIONS, type SeriesRecurrence } from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsInt,
  IsOptional,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { CreateEventDto } from './event-manage.dto';

export class SeriesRecurrenceDto implements SeriesRecurrence {
  @ApiProperty({ type: [Number], description: '每周的哪几天：1 = 周一 … 7 = 周日（北京时间）', example: [2] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays: number[];

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_SERIES_SESSIONS, description: '场次数；与 until 二选一' })
  @ValidateIf((o: SeriesRecurrenceDto) => o.until === undefined || o.count !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_SERIES_SESSIONS)
  count?: number;

  @ApiPropertyOptional({ example: '2026-12-29', description: '最后一场不晚于这一天（北京时间）' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '日期格式为 YYYY-MM-DD' })
  until?: string;
}

export class CreateEventSeriesDto extends CreateEventDto implements CreateEventSeriesRequest {
  @ApiProperty({ type: SeriesRecurrenceDto, description: 'startsAt/endsAt 是第一场的日期、时刻和时长' })
  @IsDefined()
  @ValidateNested()
  @Type(() => SeriesRecurrenceDto)
  recurrence: SeriesRecurrenceDto;
}
