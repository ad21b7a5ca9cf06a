import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type BatchScanRequest,
  type CreateEventRequest,
  type DependentInput,
  type EventMessageRequest,
  EventType,
  type ManualCheckinRequest,
  type RateEventRequest,
  type ScanRequest,
  type SignUpRequest,
  type UpdateEventRequest,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class DependentDto implements DependentInput {
  @ApiProperty({ maxLength: 20 }) @IsString() @Length(1, 20) name: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(120) age?: number;
}

export class SignUpDto implements SignUpRequest {
  @ApiPropertyOptional({ type: [DependentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => DependentDto)
  dependents?: DependentDto[];
}

class EventFieldsDto {
  @ApiProperty({ maxLength: 100 }) @IsString() @Length(2, 100) title: string;
  @ApiProperty({ enum: Object.values(EventType) }) @IsIn(Object.values(EventType)) type: EventType;
  @ApiProperty({ maxLength: 2000 }) @IsString() @Length(1, 2000) description: string;
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200) venue: string;
  @ApiProperty({ format: 'date-time' }) @IsDateString() startsAt: string;
  @ApiProperty({ format: 'date-time' }) @IsDateString() endsAt: string;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(100000) capacity: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(1000) pointsReward: number;
  @ApiPropertyOptional() @IsOptional() @IsUrl({ protocols: ['https'], require_protocol: true }) coverUrl?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() signupOpensAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() signupClosesAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() needsApproval?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(168) cancelDeadlineHours?: number;
}

export class CreateEventDto extends EventFieldsDto implements CreateEventRequest {
  @ApiProperty({ format: 'uuid', description: '活动面向的地点（社区、网格或街道）' }) @IsUUID() placeId: string;
}

export class UpdateEventDto implements UpdateEventRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 100) title?: string;
  // The edit form sends the whole event back, its type included.
  @ApiPropertyOptional({ enum: Object.values(EventType) })
  @IsOptional()
  @IsIn(Object.values(EventType))
  type?: EventType;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) description?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) venue?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString() endsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(100000) capacity?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(1000) pointsReward?: number;
  @ApiPropertyOptional() @IsOptional() @IsUrl({ protocols: ['https'], require_protocol: true }) coverUrl?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() signupOpensAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() signupClosesAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() needsApproval?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(168) cancelDeadlineHours?: number;
}

export class EventMessageDto implements EventMessageRequest {
  @ApiProperty({ minLength: 2, maxLength: 200 }) @IsString() @Length(2, 200) text: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() includeWaiting?: boolean;
}

export class ScanDto implements ScanRequest {
  @ApiProperty() @IsString() @Length(10, 300) ticket: string;
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{8,64}$/) nonce: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() scannedAt?: string;
}

export class BatchScanDto implements BatchScanRequest {
  @ApiProperty({ type: [ScanDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ScanDto)
  scans: ScanDto[];
}

export class ManualCheckinDto implements ManualCheckinRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() registrationId: string;
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9_-]{8,64}$/) nonce: string;
}

export class RateEventDto implements RateEventRequest {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt() @Min(1) @Max(5) rating: number;
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @Length(1, 300) comment?: string;
}

export class RosterQueryDto {
  @ApiPropertyOptional({ maxLength: 32 }) @IsOptional() @IsString() @Length(1, 32) q?: string;
}
