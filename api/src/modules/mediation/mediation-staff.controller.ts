import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MediationCaseView, MediatorView } from '@tongxin/types';

import { type Caller, CurrentCaller } from '../access/authorize.decorator';
import {
  AcceptMediationDto,
  AssignMediatorDto,
  CloseRatingFollowUpDto,
  CommunityQueryDto,
  DeclineMediationDto,
  OpenMediationCaseDto,
} from './dto/mediation.dto';
import { MediationService } from './mediation.service';

/** 调解工作室负责人: walk-ins, accepting or declining, assigning mediators, calling back after a poor rating. */
@ApiTags('mediation')
@ApiBearerAuth()
@Controller('mediation')
export class MediationStaffController {
  constructor(private readonly mediation: MediationService) {}

  @Post('cases/walk-in')
  walkIn(@CurrentCaller() caller: Caller, @Body() body: OpenMediationCaseDto): Promise<MediationCaseView> {
    return this.mediation.walkIn(caller, body);
  }

  @Post('cases/:id/accept')
  @HttpCode(200)
  accept(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: AcceptMediationDto,
  ): Promise<MediationCaseView> {
    return this.mediation.accept(caller, id, body);
  }

  @Post('cases/:id/decline')
  @HttpCode(200)
  decline(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: DeclineMediationDto,
  ): Promise<MediationCaseView> {
    return this.mediation.decline(caller, id, body.reason);
  }

  @Post('cases/:id/assign')
  @HttpCode(200)
  assign(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: AssignMediatorDto,
  ): Promise<MediationCaseView> {
    return this.mediation.assign(caller, id, body);
  }

  @Post('cases/:id/rating-follow-up')
  @HttpCode(200)
  closeRatingFollowUp(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: CloseRatingFollowUpDto,
  ): Promise<MediationCaseView> {
    return this.mediation.closeRatingFollowUp(caller, id, body.note);
  }

  @Get('mediators')
  mediators(@CurrentCaller() caller: Caller, @Query() query: CommunityQueryDto): Promise<MediatorView[]> {
    return this.mediation.mediators(caller, query.communityId);
  }
}
