import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Page, VolunteerCertificateView, VolunteerHoursPage } from '@tongxin/types';

import { PageQueryDto } from '../../../infra/http/page-query.dto';
import { type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { VolunteerCertificatesService } from '../services/volunteer-certificates.service';
import { VolunteerHoursService } from '../services/volunteer-hours.service';

/** A member's own 志愿服务记录 and the certificates issued to them. */
@ApiTags('volunteer-hours')
@ApiBearerAuth()
@Controller('me')
export class MyVolunteerHoursController {
  constructor(
    private readonly hours: VolunteerHoursService,
    private readonly certificates: VolunteerCertificatesService,
  ) {}

  @Get('volunteer-hours')
  record(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<VolunteerHoursPage> {
    return this.hours.record(caller.userId, query);
  }

  @Get('volunteer-certificates')
  certificatesOf(
    @CurrentCaller() caller: Caller,
    @Query() query: PageQueryDto,
  ): Promise<Page<VolunteerCertificateView>> {
    return this.certificates.mine(caller, query);
  }
}
