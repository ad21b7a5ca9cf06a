import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CareConsentBy,
  type CareFollowUpRequest,
  type CareHelperInput,
  type CloseCareRecordRequest,
  type CreateCareCategoryRequest,
  type CreateCareRecordRequest,
  type ListCareRecordsQuery,
  type LogCareVisitRequest,
  PHONE_PATTERN,
  type UpdateCareRecordRequest,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { QueryBoolean } from '../../../infra/http/query-boolean';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD';

export class CreateCareCategoryDto implements CreateCareCategoryRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiProperty({ maxLength: 32 }) @IsString() @Length(1, 32) name: string;
  @ApiProperty({ minimum: 1, maximum: 365 }) @IsInt() @Min(1) @Max(365) visitDays: number;
}

export class CareHelperDto implements CareHelperInput {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;
  @ApiPropertyOptional({ maxLength: 32 }) @IsOptional() @IsString() @Length(1, 32) name?: string;
}

export class UpdateCareRecordDto implements UpdateCareRecordRequest {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() buildingId?: string;
  @ApiPropertyOptional({ maxLength: 32 }) @IsOptional() @IsString() @Length(1, 32) household?: string;
  @ApiPropertyOptional({ maxLength: 32 }) @IsOptional() @IsString() @Length(1, 32) personName?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(PHONE_PATTERN, { message: '请输入11位手机号' }) phone?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  categoryIds?: string[];
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @Length(1, 1000) needs?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @Length(1, 2000) situation?: string;
  @ApiPropertyOptional({ type: CareHelperDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CareHelperDto)
  helper?: CareHelperDto;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, { message: DATE_MESSAGE }) reviewOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() safetyCheck?: boolean;
}

export class CreateCareRecordDto extends UpdateCareRecordDto implements CreateCareRecordRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() gridId: string;
  @ApiProperty({ maxLength: 32 }) @IsString() @Length(1, 32) declare household: string;
  @ApiProperty({ maxLength: 32 }) @IsString() @Length(1, 32) declare personName: string;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  declare categoryIds: string[];
  @ApiProperty({ maxLength: 1000 }) @IsString() @Length(1, 1000) declare needs: string;
  @ApiProperty({ enum: Object.values(CareConsentBy), description: '本人或监护人同意登记' })
  @IsIn(Object.values(CareConsentBy))
  consentBy: CareConsentBy;
  @ApiProperty({ description: '同意日期' }) @Matches(DATE, { message: DATE_MESSAGE }) consentOn: string;
}

export class CloseCareRecordDto implements CloseCareRecordRequest {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(2, 200) reason: string;
}

export class LogCareVisitDto implements LogCareVisitRequest {
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsDateString() visitedAt?: string;
  @ApiProperty({ maxLength: 2000 }) @IsString() @Length(1, 2000) findings: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  photoIds?: string[];
  @ApiPropertyOptional() @IsOptional() @IsLongitude() lng?: number;
  @ApiPropertyOptional() @IsOptional() @IsLatitude() lat?: number;
}

export class CareFollowUpDto implements CareFollowUpRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() categoryId: string;
  @ApiProperty({ maxLength: 500 }) @IsString() @Length(2, 500) text: string;
}

export class ListCareRecordsDto extends PageQueryDto implements ListCareRecordsQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() gridId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() communityId?: string;
  @ApiPropertyOptional({ enum: ['active', 'closed'] }) @IsOptional() @IsIn(['active', 'closed']) status?:
    'active' | 'closed';
  @ApiPropertyOptional() @IsOptional() @QueryBoolean() due?: boolean;
}

export class CareCategoriesQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
}
