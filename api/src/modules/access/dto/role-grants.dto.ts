import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type GrantRoleRequest, Role } from '@tongxin/types';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

export class GrantRoleDto implements GrantRoleRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiProperty({ enum: Object.values(Role) })
  @IsIn(Object.values(Role))
  role: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  placeId: string;
}

export class ListGrantsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  placeId?: string;
}

export class ListMembersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: '只看住在该地点及其下级的居民' })
  @IsOptional()
  @IsUUID()
  placeId?: string;
}
