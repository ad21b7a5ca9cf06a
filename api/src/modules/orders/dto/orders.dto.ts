import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AssignOrderRequest,
  type CancelOrderRequest,
  type ConfirmOrderRequest,
  type GrabOrderRequest,
  type ListOrdersQuery,
  MAX_PHOTOS_PER_REPORT,
  type OrderActionRequest,
  OrderStatus,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class OrderActionDto implements OrderActionRequest {
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @Length(1, 300) note?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PHOTOS_PER_REPORT)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  photoIds?: string[];
}

export class GrabOrderDto implements GrabOrderRequest {
  @ApiPropertyOptional({
    format: 'date-time',
    description: '稍后上门：承诺上门时间，须晚于现在、不晚于接单时限；不传为现在去',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  promisedAt?: string;
}

export class AssignOrderDto implements AssignOrderRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() handlerId: string;
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @Length(1, 300) note?: string;
}

export class CancelOrderDto implements CancelOrderRequest {
  @ApiProperty({ maxLength: 300 }) @IsString() @Length(2, 300) reason: string;
}

export class ConfirmOrderDto implements ConfirmOrderRequest {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) rating: number;
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @Length(1, 300) comment?: string;
}

export class HallQueryDto extends PageQueryDto implements ListOrdersQuery {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsLongitude() lng?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsLatitude() lat?: number;
}

export class QueueQueryDto extends PageQueryDto implements ListOrdersQuery {
  @ApiPropertyOptional({ enum: Object.values(OrderStatus) })
  @IsOptional()
  @IsIn(Object.values(OrderStatus))
  status?: OrderStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() gridId?: string;
}
