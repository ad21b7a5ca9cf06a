import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AdjustVolunteerHoursRequest,
  IssueVolunteerCertificateRequest,
  ListVolunteerCertificatesQuery,
  VolunteerHoursQuery,
} from '@tongxin/types';
import { IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

const CHINA_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AdjustVolunteerHoursDto implements AdjustVolunteerHoursRequest {
  @ApiProperty({ minimum: 0, maximum: 24 * 60, description: '服务时长（分钟），不超过活动时长' })
  @IsInt()
  @Min(0)
  @Max(24 * 60)
  minutes: number;

  @ApiProperty({ minLength: 2, maxLength: 200, description: '调整原因，志愿者可以看到' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class VolunteerHoursQueryDto extends PageQueryDto implements VolunteerHoursQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() memberId: string;
}

export class IssueVolunteerCertificateDto implements IssueVolunteerCertificateRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() memberId: string;

  @ApiProperty({ minLength: 2, maxLength: 20, description: '志愿者真实姓名（与证件一致）' })
  @IsString()
  @Length(2, 20)
  volunteerName: string;

  @ApiPropertyOptional({ description: '证件号码：只保存脱敏后的号码', example: '150102199001011234' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9A-Za-z]{5,20}$/)
  idNumber?: string;

  @ApiProperty({ description: '出具单位联系电话', example: '0471-6612345' })
  @IsString()
  @Matches(/^[0-9+\-() ]{5,20}$/)
  contact: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-01-01' })
  @IsOptional()
  @Matches(CHINA_DATE)
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31' })
  @IsOptional()
  @Matches(CHINA_DATE)
  @IsISO8601({ strict: true })
  to?: string;
}

export class ListVolunteerCertificatesQueryDto extends PageQueryDto implements ListVolunteerCertificatesQuery {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;
}
