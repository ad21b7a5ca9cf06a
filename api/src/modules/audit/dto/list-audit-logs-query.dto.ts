import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ListAuditLogsQuery } from '@tongxin/types';
import { IsOptional, IsUUID, Matches } from 'class-validator';

import { PageQueryDto } from '../../../infra/http/page-query.dto';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class ListAuditLogsQueryDto extends PageQueryDto implements ListAuditLogsQuery {
  @ApiPropertyOptional({ example: 'role.grant', description: '操作，如 role.grant、pii.view' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+){0,3}$/, { message: '操作名称格式不正确' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '只看该地点及其下级的记录（须在本人管理范围内）' })
  @IsOptional()
  @IsUUID()
  placeId?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: '起始日期（含），北京时间' })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: '截止日期（含），北京时间' })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  to?: string;
}
