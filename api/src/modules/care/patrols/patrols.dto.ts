import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ObservationReportRequest, PatrolObservationRequest, StartPatrolRequest } from '@tongxin/types';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class StartPatrolDto implements StartPatrolRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() gridId: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) note?: string;
}

export class PatrolObservationDto implements PatrolObservationRequest {
  @ApiProperty({ maxLength: 500 }) @IsString() @Length(2, 500) text: string;
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

export class ObservationReportDto implements ObservationReportRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() categoryId: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() buildingId?: string;
}

export class PatrolsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() gridId?: string;
}
