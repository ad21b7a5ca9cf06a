import { ApiProperty } from '@nestjs/swagger';
import {
  type FreeWindow,
  MAX_FREE_WINDOWS,
  MAX_ROUTE_PLACES,
  type UpdateRiderRouteRequest,
  type Weekday,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export class FreeWindowDto implements FreeWindow {
  @ApiProperty({ example: '14:00', pattern: CLOCK.source, description: '开始时间（北京时间）' })
  @IsString()
  @Matches(CLOCK, { message: '时间格式应为 HH:mm' })
  start: string;

  @ApiProperty({ example: '16:00', pattern: CLOCK.source, description: '结束时间；不晚于开始时间则到次日' })
  @IsString()
  @Matches(CLOCK, { message: '时间格式应为 HH:mm' })
  end: string;

  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5], description: '周一为 1，周日为 7；空数组为每天' })
  @IsArray()
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @IsIn([1, 2, 3, 4, 5, 6, 7], { each: true })
  weekdays: Weekday[];
}

export class UpdateRiderRouteDto implements UpdateRiderRouteRequest {
  @ApiProperty({ type: [String], description: '顺路的网格或楼栋（须是可抢单的地方）', maxItems: MAX_ROUTE_PLACES })
  @IsArray()
  @ArrayMaxSize(MAX_ROUTE_PLACES)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  placeIds: string[];

  @ApiProperty({ type: [FreeWindowDto], maxItems: MAX_FREE_WINDOWS })
  @IsArray()
  @ArrayMaxSize(MAX_FREE_WINDOWS)
  @ValidateNested({ each: true })
  @Type(() => FreeWindowDto)
  windows: FreeWindowDto[];
}
