import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute, type AuditLogEntry, type Page } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from './audit.service';
import { ListAuditLogsQueryDto } from './dto/list-audit-logs-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller(ApiRoute.AuditLogs)
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Authorize(Permission.AuditRead)
  list(@CurrentCaller() caller: Caller, @Query() query: ListAuditLogsQueryDto): Promise<Page<AuditLogEntry>> {
    return this.audit.list(caller, query);
  }
}
