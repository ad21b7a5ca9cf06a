import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateCategoryRequest,
  type CreateReportRequest,
  MAX_PHOTOS_PER_REPORT,
  type OrderDeadlines,
  ReportKind,
  type ReportLocation,
  type UpdateCategoryRequest,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { QueryBoolean } from '../../../infra/http/query-boolean';

export class DeadlinesDto implements OrderDeadlines {
  @ApiProperty() @IsInt() @Min(1) @Max(720) openHours: number;
  @ApiProperty() @IsInt() @Min(1) @Max(720) claimedHours: number;
  @ApiProperty() @IsInt() @Min(1) @Max(720) inProgressHours: number;
}

export class CreateCategoryDto implements CreateCategoryRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiProperty({ maxLength: 32 }) @IsString() @Length(1, 32) name: string;
  @ApiProperty({ enum: Object.values(ReportKind) }) @IsIn(Object.values(ReportKind)) kind: ReportKind;
  @ApiProperty({ type: DeadlinesDto }) @ValidateNested() @Type(() => DeadlinesDto) deadlines: DeadlinesDto;
}

export class UpdateCategoryDto implements UpdateCategoryRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 32) name?: string;
  @ApiPropertyOptional({ type: DeadlinesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeadlinesDto)
  deadlines?: DeadlinesDto;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}

export class LocationDto implements ReportLocation {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() buildingId?: string;
  @ApiPropertyOptional() @IsOptional() @IsLongitude() lng?: number;
  @ApiPropertyOptional() @IsOptional() @IsLatitude() lat?: number;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @Length(1, 100) detail?: string;
}

export class CreateReportDto implements CreateReportRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() categoryId: string;
  @ApiProperty({ maxLength: 500 }) @IsString() @Length(2, 500) text: string;
  @ApiProperty({ type: [String], description: `最多 ${MAX_PHOTOS_PER_REPORT} 张；多于此数答 TOO_MANY_PHOTOS` })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  photoIds: string[];
  @ApiProperty({ type: LocationDto }) @ValidateNested() @Type(() => LocationDto) location: LocationDto;
  @ApiPropertyOptional({ maxLength: 64 }) @IsOptional() @IsString() @Length(1, 64) preferredTime?: string;
}

export class NearbyQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() categoryId: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() buildingId?: string;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsLongitude() lng?: number;
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsLatitude() lat?: number;
}

export class CommunityReportsQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
}

export class CategoriesQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiPropertyOptional() @IsOptional() @QueryBoolean() @IsBoolean() includeInactive?: boolean;
}
