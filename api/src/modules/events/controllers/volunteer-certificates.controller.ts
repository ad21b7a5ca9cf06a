import { Body, Controller, Get, Header, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Page, VolunteerCertificateView, VolunteerHoursPage } from '@tongxin/types';

import { Authorize, type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import {
  IssueVolunteerCertificateDto,
  ListVolunteerCertificatesQueryDto,
  VolunteerHoursQueryDto,
} from '../dto/volunteer-hours.dto';
import { VolunteerCertificatesService } from '../services/volunteer-certificates.service';
import { VolunteerHoursService } from '../services/volunteer-hours.service';

/**
 * Staff of a member's community: the member's 志愿服务记录 and the 志愿服务记录证明 they issue. A certificate is
 * read by its volunteer or by staff of the issuing community (checked in the service: a member holds no permission).
 */
@ApiTags('volunteer-hours')
@ApiBearerAuth()
@Controller()
export class VolunteerCertificatesController {
  constructor(
    private readonly certificates: VolunteerCertificatesService,
    private readonly hours: VolunteerHoursService,
  ) {}

  @Get('volunteer-hours')
  @Authorize(Permission.VolunteerCertify, { record: 'member', query: 'memberId' })
  record(@Query() query: VolunteerHoursQueryDto): Promise<VolunteerHoursPage> {
    return this.hours.record(query.memberId, query);
  }

  @Post('volunteer-certificates')
  @Authorize(Permission.VolunteerCertify, { record: 'member', body: 'memberId' })
  issue(
    @CurrentCaller() caller: Caller,
    @Body() body: IssueVolunteerCertificateDto,
  ): Promise<VolunteerCertificateView> {
    return this.certificates.issue(caller, body);
  }

  @Get('volunteer-certificates')
  @Authorize(Permission.VolunteerCertify, { record: 'place', query: 'communityId' })
  list(@Query() query: ListVolunteerCertificatesQueryDto): Promise<Page<VolunteerCertificateView>> {
    return this.certificates.list(query);
  }

  @Get('volunteer-certificates/:id')
  view(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<VolunteerCertificateView> {
    return this.certificates.view(caller, id);
  }

  /** The printable A4 page (HTML; the browser's 打印 or 另存为 PDF). */
  @Get('volunteer-certificates/:id/document')
  @ApiProduces('text/html')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  document(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<string> {
    return this.certificates.document(caller, id);
  }
}
