import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BindingStatus, type CreateBindingRequest, type ReviewRequest } from '@tongxin/types';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class CreateBindingDto implements CreateBindingRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  buildingId: string;

  @ApiProperty({ example: '3单元502' })
  @IsString()
  @Length(1, 32)
  household: string;
}

export class ListBindingsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: Object.values(BindingStatus), default: BindingStatus.Pending })
  @IsOptional()
  @IsIn(Object.values(BindingStatus))
  status: BindingStatus = BindingStatus.Pending;
}

export class ReviewDto implements ReviewRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reason?: string;
}
