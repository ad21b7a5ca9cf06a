import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CollectRedemptionRequest,
  type CreateMallItemRequest,
  RedemptionStatus,
  type UpdateMallItemRequest,
} from '@tongxin/types';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class CreateMallItemDto implements CreateMallItemRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiProperty({ maxLength: 60 }) @IsString() @Length(1, 60) name: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  pictureUrl?: string;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(100000) pointsPrice: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(100000) stock: number;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(100) perMemberLimit: number;
  @ApiProperty({ maxLength: 100, example: '兴旺社区党群服务中心一楼' }) @IsString() @Length(1, 100) pickupPlace: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() businessUnitId?: string;
}

export class UpdateMallItemDto implements UpdateMallItemRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) name?: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  pictureUrl?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(100000) pointsPrice?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(-100000) @Max(100000) stockDelta?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(100) perMemberLimit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) pickupPlace?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() onShelf?: boolean;
}

export class ListItemsQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
}

export class CollectDto implements CollectRedemptionRequest {
  @ApiProperty({ example: '20481736' })
  @IsString()
  @Matches(/^\d{8}$/, { message: 'pickupCode 必须是 8 位数字' })
  pickupCode: string;
}

export class ListRedemptionsQueryDto extends PageQueryDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() communityId: string;
  @ApiPropertyOptional({ enum: Object.values(RedemptionStatus) })
  @IsOptional()
  @IsIn(Object.values(RedemptionStatus))
  status?: RedemptionStatus;
}
