import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  CareCategoryView,
  CareRecordSummary,
  CareRecordView,
  CareVisitView,
  Page,
  ReportDetail,
  SafetyCheckView,
} from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { CareService } from './care.service';
import { CareVisitsService } from './care-visits.service';
import {
  CareCategoriesQueryDto,
  CareFollowUpDto,
  CloseCareRecordDto,
  CreateCareCategoryDto,
  CreateCareRecordDto,
  ListCareRecordsDto,
  LogCareVisitDto,
  UpdateCareRecordDto,
} from './dto/care.dto';
import { SafetyService } from './safety.service';

const RECORD = { record: 'careRecord', param: 'id' } as const;

/** The 帮扶台账 (its grid's workers and 帮扶专干 only), and a member's own 平安打卡. */
@ApiTags('care')
@ApiBearerAuth()
@Controller()
export class CareController {
  constructor(
    private readonly care: CareService,
    private readonly visits: CareVisitsService,
    private readonly safety: SafetyService,
  ) {}

  @Get('care/categories')
  @Authorize(Permission.CareManage)
  categories(@CurrentCaller() caller: Caller, @Query() query: CareCategoriesQueryDto): Promise<CareCategoryView[]> {
    return this.care.categories(caller, query.communityId);
  }

  @Post('care/categories')
  @Authorize(Permission.CareManage, { record: 'place', body: 'communityId' })
  addCategory(@Body() body: CreateCareCategoryDto): Promise<CareCategoryView> {
    return this.care.addCategory(body);
  }

  @Get('care/records')
  @Authorize(Permission.CareManage)
  list(@CurrentCaller() caller: Caller, @Query() query: ListCareRecordsDto): Promise<Page<CareRecordSummary>> {
    return this.care.list(caller, query);
  }

  @Post('care/records')
  @Authorize(Permission.CareManage, { record: 'place', body: 'gridId' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateCareRecordDto): Promise<CareRecordView> {
    return this.care.create(caller, body);
  }

  @Get('care/records/export.xlsx')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-disposition', 'attachment; filename="care-register.xlsx"')
  exportRecords(@CurrentCaller() caller: Caller, @Query() query: CareCategoriesQueryDto): Promise<Buffer> {
    return this.care.export(caller, query.communityId);
  }

  @Get('care/records/:id')
  @Authorize(Permission.CareManage, RECORD)
  view(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<CareRecordView> {
    return this.care.view(caller, id);
  }

  @Patch('care/records/:id')
  @Authorize(Permission.CareManage, RECORD)
  update(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: UpdateCareRecordDto,
  ): Promise<CareRecordView> {
    return this.care.update(caller, id, body);
  }

  @Post('care/records/:id/close')
  @HttpCode(200)
  @Authorize(Permission.CareManage, RECORD)
  close(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: CloseCareRecordDto,
  ): Promise<CareRecordView> {
    return this.care.close(caller, id, body.reason);
  }

  @Post('care/records/:id/visits')
  @Authorize(Permission.CareManage, RECORD)
  logVisit(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: LogCareVisitDto,
  ): Promise<CareVisitView> {
    return this.visits.log(caller, id, body);
  }

  @Post('care/visits/:visitId/follow-up')
  @Authorize(Permission.CareManage)
  followUp(
    @CurrentCaller() caller: Caller,
    @Param('visitId') visitId: string,
    @Body() body: CareFollowUpDto,
  ): Promise<ReportDetail> {
    return this.visits.followUp(caller, visitId, body);
  }

  @Get('me/safety-check')
  mySafety(@CurrentCaller() caller: Caller): Promise<SafetyCheckView> {
    return this.safety.state(caller);
  }

  @Post('me/safety-check')
  @HttpCode(200)
  checkIn(@CurrentCaller() caller: Caller): Promise<SafetyCheckView> {
    return this.safety.checkIn(caller);
  }
}
