import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateJobSeekerRequest,
  JobServiceKind,
  PHONE_PATTERN,
  type RecordJobOutcomeRequest,
  type RecordJobServiceRequest,
} from '@tongxin/types';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class CreateJobSeekerDto implements CreateJobSeekerRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() gridId: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() careRecordId?: string;
  @ApiProperty({ maxLength: 32 }) @IsString() @Length(1, 32) name: string;
  @ApiPropertyOptional() @IsOptional() @Matches(PHONE_PATTERN, { message: '请输入11位手机号' }) phone?: string;
  @ApiProperty({ maxLength: 300, description: '技能' }) @IsString() @Length(1, 300) skills: string;
  @ApiProperty({ maxLength: 300, description: '求职意向' }) @IsString() @Length(1, 300) wishes: string;
}

export class RecordJobServiceDto implements RecordJobServiceRequest {
  @ApiProperty({ enum: Object.values(JobServiceKind) }) @IsIn(Object.values(JobServiceKind)) kind: JobServiceKind;
  @ApiProperty({ maxLength: 100 }) @IsString() @Length(1, 100) title: string;
  @ApiProperty({ maxLength: 64 }) @IsString() @Length(1, 64) provider: string;
  @ApiProperty({ example: '2026-12-05' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: '日期格式应为 YYYY-MM-DD' })
  on: string;
}

export class RecordJobOutcomeDto implements RecordJobOutcomeRequest {
  @ApiProperty({ enum: ['attended', 'hired', 'declined'] })
  @IsIn(['attended', 'hired', 'declined'])
  outcome: 'attended' | 'hired' | 'declined';
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200) note?: string;
}

export class JobSeekersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() gridId?: string;
}
