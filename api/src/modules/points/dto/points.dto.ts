import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type LeaderboardQuery,
  type ListPendingAwardsQuery,
  PendingAwardStatus,
  type ReconciliationQuery,
  type RejectPendingAwardRequest,
  type StaffAwardRequest,
  type UpdatePointsRuleRequest,
} from '@tongxin/types';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class StaffAwardDto implements StaffAwardRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  memberId: string;

  @ApiProperty({ minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  amount: number;

  @ApiProperty({ maxLength: 200, example: '协助疏通小区公共晾衣区' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class UpdatePointsRuleDto implements UpdatePointsRuleRequest {
  @ApiProperty({ minimum: 0, maximum: 1000 })
  @IsInt()
  @Min(0)
  @Max(1000)
  points: number;

  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  dailyCap: number | null;

  @ApiProperty({ nullable: true, type: Number })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  monthlyCap: number | null;

  @ApiProperty()
  @IsBoolean()
  enabled: boolean;
}

export class LeaderboardQueryDto implements LeaderboardQuery {
  @ApiProperty({ format: 'uuid', description: '社区或网格' })
  @IsUUID()
  placeId: string;

  @ApiProperty({ enum: ['month', 'all'] })
  @IsIn(['month', 'all'])
  period: 'month' | 'all';

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class ReverseEntryDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class ListPendingAwardsQueryDto extends PageQueryDto implements ListPendingAwardsQuery {
  @ApiPropertyOptional({ enum: Object.values(PendingAwardStatus), default: PendingAwardStatus.Pending })
  @IsOptional()
  @IsIn(Object.values(PendingAwardStatus))
  status?: PendingAwardStatus;
}

export class RejectPendingAwardDto implements RejectPendingAwardRequest {
  @ApiProperty({ maxLength: 200, example: '证明材料不足' })
  @IsString()
  @Length(2, 200)
  reason: string;
}

export class ReconciliationQueryDto extends PageQueryDto implements ReconciliationQuery {
  @ApiProperty({ format: 'uuid', description: '社区' })
  @IsUUID()
  communityId: string;
}
