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
  @ApiPropertyOptional({
    format: 'uuid',
    description: '只看住在该地点及其下级的居民（给定 role 时：在该地点及其下级拥有该角色的成员）',
  })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @ApiPropertyOptional({ enum: Object.values(Role), description: '按角色查找，例如派单时找本网格的兼职网格员' })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;
}
