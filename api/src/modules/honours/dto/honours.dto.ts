import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { HonourKind, HonourStatus, type NominateHonourRequest } from '@tongxin/types';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class NominateHonourDto implements NominateHonourRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiProperty({ enum: Object.values(HonourKind) }) @IsIn(Object.values(HonourKind)) kind: HonourKind;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() memberId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() businessUnitId?: string;
  @ApiProperty({ maxLength: 300 }) @IsString() @Length(4, 300) citation: string;
  @ApiProperty({ minimum: 1, maximum: 366 }) @IsInt() @Min(1) @Max(366) publishDays: number;
}

export class ListHonoursQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiPropertyOptional({ enum: Object.values(HonourStatus), default: HonourStatus.Published })
  @IsOptional()
  @IsIn(Object.values(HonourStatus))
  status: HonourStatus = HonourStatus.Published;
}

export class RejectHonourDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(2, 200) reason: string;
}
