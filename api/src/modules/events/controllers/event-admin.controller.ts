import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ErrorCode,
  type EventRatingsSummary,
  type EventView,
  type ManagedEventSummary,
  type OfflineKit,
  type Page,
  type RegistrationView,
  type RosterEntry,
  ScanOutcome,
  type ScanResult,
  type TicketView,
} from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { PageQueryDto } from '../../infra/http/page-query.dto';
import { Authorize, type Caller, CurrentCaller, OptionalCaller, Public } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { attendanceCsv, attendanceXlsx, XLSX_TYPE } from './attendance-export';
import { CheckinsService } from './checkins.service';
import {
  BatchScanDto,
  CreateEventDto,
  ManualCheckinDto,
  RateEventDto,
  RosterQueryDto,
  ScanDto,
  SignUpDto,
  UpdateEventDto,
} from './dto/event-manage.dto';
import { ListManagedEventsQueryDto } from './dto/list-events-query.dto';
import { EventAdminService } from './event-admin.service';
import { EventSignupsService } from './event-signups.service';

const EVENT = { record: 'event', param: 'id' } as const;

/** A single online scan of a ticket that does not count is refused with a code (a batch reports per item). */
function refuseBadTicket(result: ScanResult): ScanResult {
  if (result.outcome === ScanOutcome.Revoked)
    throw new DomainException(ErrorCode.TicketRevoked, '该入场券已作废', result);
  if (
    result.outcome === ScanOutcome.Invalid ||
    result.outcome === ScanOutcome.WrongEvent ||
    result.outcome === ScanOutcome.OutsideWindow
  ) {
    const message =
      result.outcome === ScanOutcome.WrongEvent
        ? '不是本场活动的入场券'
        : result.outcome === ScanOutcome.OutsideWindow
          ? '不在签到时间内'
          : '入场券无效';
    throw new DomainException(ErrorCode.TicketInvalid, message, result);
  }
  return result;
}

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventManageController {
  constructor(
    private readonly admin: EventAdminService,
    private readonly signups: EventSignupsService,
    private readonly checkins: CheckinsService,
  ) {}

  @Get('managed')
  @Authorize(Permission.EventManage)
  managed(
    @CurrentCaller() caller: Caller,
    @Query() query: ListManagedEventsQueryDto,
  ): Promise<Page<ManagedEventSummary>> {
    return this.admin.managed(caller, query);
  }

  @Public()
  @Get(':id/view')
  view(@OptionalCaller() caller: Caller | null, @Param('id') id: string): Promise<EventView> {
    return this.admin.view(caller?.userId ?? null, id);
  }

  @Post()
  @Authorize(Permission.EventManage, { record: 'place', body: 'placeId' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateEventDto): Promise<EventView> {
    return this.admin.create(caller, body);
  }

  @Patch(':id')
  @Authorize(Permission.EventManage, EVENT)
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: UpdateEventDto): Promise<EventView> {
    return this.admin.update(caller, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  publish(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<EventView> {
    return this.admin.publish(caller, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  cancel(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<EventView> {
    return this.admin.cancel(caller, id);
  }

  @Post(':id/registrations')
  signUp(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: SignUpDto): Promise<RegistrationView> {
    return this.signups.signUp(caller, id, body);
  }

  @Get('registrations/mine')
  mine(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<Page<RegistrationView>> {
    return this.signups.mine(caller, query);
  }

  @Post('registrations/:registrationId/cancel')
  @HttpCode(200)
  cancelRegistration(@CurrentCaller() caller: Caller, @Param('registrationId') id: string): Promise<RegistrationView> {
    return this.signups.cancel(caller, id);
  }

  @Get('registrations/:registrationId/ticket')
  ticket(@CurrentCaller() caller: Caller, @Param('registrationId') id: string): Promise<TicketView> {
    return this.signups.ticket(caller, id);
  }

  @Post(':id/registrations/:registrationId/approve')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  approve(@Param('id') id: string, @Param('registrationId') registrationId: string): Promise<RegistrationView> {
    return this.signups.approve(id, registrationId);
  }

  @Post(':id/registrations/:registrationId/reject')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  reject(@Param('id') id: string, @Param('registrationId') registrationId: string): Promise<RegistrationView> {
    return this.signups.reject(id, registrationId);
  }

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
  async scan(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: ScanDto): Promise<ScanResult> {
    return refuseBadTicket(await this.checkins.scan(caller, id, body, 'online'));
  }

  @Post(':id/checkins/batch')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  async batch(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: BatchScanDto,
  ): Promise<ScanResult[]> {
    const results: ScanResult[] = [];
    for (const scan of body.scans) results.push(await this.checkins.scan(caller, id, scan, 'offline'));
    return results;
  }

  @Post(':id/checkins/manual')
  @HttpCode(200)
  @Authorize(Permission.EventManage, EVENT)
  manual(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ManualCheckinDto,
  ): Promise<ScanResult> {
    return this.checkins.manual(caller, id, body.registrationId, body.nonce);
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
  async exportCsv(@Param('id') id: string): Promise<string> {
    return attendanceCsv(await this.checkins.attendance(id));
  }

  @Get(':id/attendance.xlsx')
  @Header('content-type', XLSX_TYPE)
  @Header('content-disposition', 'attachment; filename="attendance.xlsx"')
  @Authorize(Permission.EventManage, EVENT)
  async exportXlsx(@Param('id') id: string): Promise<Buffer> {
    return attendanceXlsx(await this.checkins.attendance(id));
  }

  @Post(':id/ratings')
  @HttpCode(204)
  rate(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: RateEventDto): Promise<void> {
    return this.admin.rate(caller, id, body);
  }

  @Get(':id/ratings')
  @Authorize(Permission.EventManage, EVENT)
  ratings(@Param('id') id: string): Promise<EventRatingsSummary> {
    return this.admin.ratings(id);
  }
}
