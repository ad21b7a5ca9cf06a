import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ScanResult } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { BatchScanDto, ManualCheckinDto, ScanDto } from '../dto/event-manage.dto';
import { CheckoutsService } from '../services/checkouts.service';
import { EVENT } from './event-route';

/** Organizers at the door of a volunteer event: 签退 by ticket, by an offline scanner's upload, or by name. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class CheckoutsController {
  constructor(private readonly checkouts: CheckoutsService) {}

  @Post(':id/checkouts')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  scan(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ScanDto): Promise<ScanResult> {
    return this.checkouts.scan(caller, id, body);
  }

  @Post(':id/checkouts/batch')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  batch(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: BatchScanDto): Promise<ScanResult[]> {
    return this.checkouts.scanBatch(caller, id, body.scans);
  }

  @Post(':id/checkouts/manual')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  manual(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ManualCheckinDto,
  ): Promise<ScanResult> {
    return this.checkouts.manual(caller, id, body);
  }
}
