import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { JobSeekerSummary, JobSeekerView, Page, PatrolSummary, PatrolView, ReportDetail } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { CreateJobSeekerDto, JobSeekersQueryDto, RecordJobOutcomeDto, RecordJobServiceDto } from './jobs/jobs.dto';
import { JobsService } from './jobs/jobs.service';
import { ObservationReportDto, PatrolObservationDto, PatrolsQueryDto, StartPatrolDto } from './patrols/patrols.dto';
import { PatrolsService } from './patrols/patrols.service';

/** Grid workers' rounds (日常巡查) and 就业帮扶, for those who keep the grid's register. */
@ApiTags('care')
@ApiBearerAuth()
@Controller('care')
export class CareWorkController {
  constructor(
    private readonly patrols: PatrolsService,
    private readonly jobs: JobsService,
  ) {}

  @Get('patrols')
  @Authorize(Permission.CareManage)
  patrolList(@CurrentCaller() caller: Caller, @Query() query: PatrolsQueryDto): Promise<Page<PatrolSummary>> {
    return this.patrols.list(caller, query);
  }

  @Post('patrols')
  @Authorize(Permission.CareManage, { record: 'place', body: 'gridId' })
  startPatrol(@CurrentCaller() caller: Caller, @Body() body: StartPatrolDto): Promise<PatrolView> {
    return this.patrols.start(caller, body);
  }

  @Get('patrols/:id')
  @Authorize(Permission.CareManage)
  patrol(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<PatrolView> {
    return this.patrols.view(caller, id);
  }

  @Post('patrols/:id/observations')
  @Authorize(Permission.CareManage)
  observe(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: PatrolObservationDto,
  ): Promise<PatrolView> {
    return this.patrols.observe(caller, id, body);
  }

  @Post('patrols/:id/end')
  @HttpCode(200)
  @Authorize(Permission.CareManage)
  endPatrol(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<PatrolView> {
    return this.patrols.end(caller, id);
  }

  @Post('observations/:id/report')
  @Authorize(Permission.CareManage)
  reportObservation(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ObservationReportDto,
  ): Promise<ReportDetail> {
    return this.patrols.report(caller, id, body);
  }

  @Get('job-seekers')
  @Authorize(Permission.CareManage)
  seekers(@CurrentCaller() caller: Caller, @Query() query: JobSeekersQueryDto): Promise<Page<JobSeekerSummary>> {
    return this.jobs.list(caller, query);
  }

  @Post('job-seekers')
  @Authorize(Permission.CareManage, { record: 'place', body: 'gridId' })
  addSeeker(@CurrentCaller() caller: Caller, @Body() body: CreateJobSeekerDto): Promise<JobSeekerView> {
    return this.jobs.create(caller, body);
  }

  @Get('job-seekers/:id')
  @Authorize(Permission.CareManage)
  seeker(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<JobSeekerView> {
    return this.jobs.view(caller, id);
  }

  @Post('job-seekers/:id/services')
  @Authorize(Permission.CareManage)
  addService(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: RecordJobServiceDto,
  ): Promise<JobSeekerView> {
    return this.jobs.addService(caller, id, body);
  }

  @Post('job-services/:id/outcome')
  @HttpCode(200)
  @Authorize(Permission.CareManage)
  outcome(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: RecordJobOutcomeDto,
  ): Promise<JobSeekerView> {
    return this.jobs.outcome(caller, id, body);
  }
}
