import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { OfflineKit, RosterEntry, ScanResult } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { XLSX_TYPE } from '../attendance-export';
import { BatchScanDto, ManualCheckinDto, RosterQueryDto, ScanDto } from '../dto/event-manage.dto';
import { CheckinsService } from '../services/checkins.service';
import { EVENT } from './event-route';

/** Organizers at the door: the roster, scanners' offline kits, check-ins and their undo, attendance exports. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class CheckinsController {
  constructor(private readonly checkins: CheckinsService) {}

  @Get(':id/roster')
  @Authorize(Permission.EventManage, EVENT)
  roster(@Param('id') id: string, @Query() query: RosterQueryDto): Promise<RosterEntry[]> {
    return this.checkins.roster(id, query.q);
  }

  @Get(':id/offline-kit')
  @Authorize(Permission.EventManage, EVENT)
  kit(@Param('id') id: string): Promise<OfflineKit> {
    return this.checkins.offlineKit(id);
  }

  @Post(':id/checkins')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  scan(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ScanDto): Promise<ScanResult> {
    return this.checkins.scan(caller, id, body);
  }

  @Post(':id/checkins/batch')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  batch(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: BatchScanDto): Promise<ScanResult[]> {
    return this.checkins.scanBatch(caller, id, body.scans);
  }

  @Post(':id/checkins/manual')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  manual(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ManualCheckinDto,
  ): Promise<ScanResult> {
    return this.checkins.manual(caller, id, body);
  }

  @Delete(':id/checkins/:checkinId')
  @HttpCode(204)
  @Authorize(Permission.EventManage, EVENT)
  undo(@Param('id') id: string, @Param('checkinId') checkinId: string): Promise<void> {
    return this.checkins.undo(id, checkinId);
  }

  @Get(':id/attendance.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="attendance.csv"')
  @Authorize(Permission.EventManage, EVENT)
  exportCsv(@Param('id') id: string): Promise<string> {
    return this.checkins.exportCsv(id);
  }

  @Get(':id/attendance.xlsx')
  @Header('content-type', XLSX_TYPE)
  @Header('content-disposition', 'attachment; filename="attendance.xlsx"')
  @Authorize(Permission.EventManage, EVENT)
  exportXlsx(@Param('id') id: string): Promise<Buffer> {
    return this.checkins.exportXlsx(id);
  }
}
