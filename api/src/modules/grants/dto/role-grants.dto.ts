import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GRANT_SORTS,
  type GrantRoleRequest,
  type GrantSort,
  type ListGrantsQuery,
  type ListMembersQuery,
  PHONE_PATTERN,
  Role,
} from '@tongxin/types';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class GrantRoleDto implements GrantRoleRequest {
  @ApiPropertyOptional({ format: 'uuid', description: '从成员名录选出的成员；与 phone 二选一' })
  // Required when no phone is given; both at once is refused below.
  @ValidateIf((o: GrantRoleDto) => o.phone === undefined || o.userId !== undefined)
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ example: '13800000105', description: '按手机号授予；尚未登录过的号码会预先建好账号' })
  @ValidateIf((o: GrantRoleDto) => o.userId === undefined || o.phone !== undefined)
  @Transform(trim)
  @IsString()
  @Matches(PHONE_PATTERN, { message: '手机号格式不正确' })
  phone?: string;

  @ApiPropertyOptional({ maxLength: 32, description: '按手机号新建账号时的称呼' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  nickname?: string;

  @ApiProperty({ enum: Object.values(Role) })
  @IsIn(Object.values(Role))
  role: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  placeId: string;
}

export class ListGrantsQueryDto extends PageQueryDto implements ListGrantsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @ApiPropertyOptional({ default: false, description: '连同该地点下级地点上的角色' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeBelow: boolean = false;

  @ApiPropertyOptional({ enum: Object.values(Role) })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;

  @ApiPropertyOptional({ default: false, description: '也列出居民角色（住址认证）' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  withResidents: boolean = false;

  @ApiPropertyOptional({ enum: GRANT_SORTS, default: '-grantedAt' })
  @IsOptional()
  @IsIn(GRANT_SORTS)
  sort: GrantSort = '-grantedAt';
}

export class ListMembersQueryDto extends PageQueryDto implements ListMembersQuery {
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

  @ApiPropertyOptional({ maxLength: 32, description: '昵称的一部分，或完整的 11 位手机号' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 32)
  q?: string;
}
