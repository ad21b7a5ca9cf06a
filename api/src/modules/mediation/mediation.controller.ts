import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MediationCaseSummary, MediationCaseView, MediationPartyCandidate, Page } from '@tongxin/types';

import { type Caller, CurrentCaller } from '../access/authorize.decorator';
import {
  CreateMediationDto,
  ListMediationCasesDto,
  PartiesQueryDto,
  RateMediationDto,
  RecordFollowUpDto,
  RecordOutcomeDto,
  RecordSessionDto,
  ScheduleSessionDto,
} from './dto/mediation.dto';
import { MediationService } from './mediation.service';
import { MediationReadsService } from './mediation-reads.service';
import { MediationSessionsService } from './mediation-sessions.service';

/**
 * Parties and mediators. No route names a permission: who may see a case is decided per case (its parties, its
 * mediator, 调解工作室负责人), and to anyone else it does not exist.
 */
@ApiTags('mediation')
@ApiBearerAuth()
@Controller('mediation')
export class MediationController {
  constructor(
    private readonly mediation: MediationService,
    private readonly reads: MediationReadsService,
    private readonly sessions: MediationSessionsService,
  ) {}

  @Post('cases')
  ask(@CurrentCaller() caller: Caller, @Body() body: CreateMediationDto): Promise<MediationCaseView> {
    return this.mediation.ask(caller, body);
  }

  @Get('cases')
  list(@CurrentCaller() caller: Caller, @Query() query: ListMediationCasesDto): Promise<Page<MediationCaseSummary>> {
    return this.reads.list(caller, query);
  }

  @Get('cases/:id')
  view(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<MediationCaseView> {
    return this.reads.view(caller, id);
  }

  @Post('cases/:id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<MediationCaseView> {
    return this.mediation.withdraw(caller, id);
  }

  @Post('cases/:id/rating')
  @HttpCode(200)
  rate(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: RateMediationDto,
  ): Promise<MediationCaseView> {
    return this.mediation.rate(caller, id, body);
  }

  @Post('cases/:id/sessions')
  @HttpCode(200)
  schedule(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: ScheduleSessionDto,
  ): Promise<MediationCaseView> {
    return this.sessions.schedule(caller, id, body);
  }

  @Post('cases/:id/sessions/:sessionId/held')
  @HttpCode(200)
  held(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Param('sessionId') sessionId: string,
    @Body() body: RecordSessionDto,
  ): Promise<MediationCaseView> {
    return this.sessions.held(caller, id, sessionId, body);
  }

  @Post('cases/:id/outcome')
  @HttpCode(200)
  outcome(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: RecordOutcomeDto,
  ): Promise<MediationCaseView> {
    return this.mediation.outcome(caller, id, body);
  }

  @Post('cases/:id/follow-up')
  @HttpCode(200)
  followUp(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: RecordFollowUpDto,
  ): Promise<MediationCaseView> {
    return this.mediation.followUp(caller, id, body);
  }

  @Get('parties')
  parties(@CurrentCaller() caller: Caller, @Query() query: PartiesQueryDto): Promise<MediationPartyCandidate[]> {
    return this.mediation.findParties(caller, query.communityId, query.q);
  }
}
