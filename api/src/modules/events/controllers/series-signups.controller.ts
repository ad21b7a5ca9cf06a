import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SeriesSignupCancelResult, SeriesSignupResult } from '@tongxin/types';

import { type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { SignUpDto } from '../dto/event-manage.dto';
import { SeriesSignupsService } from '../services/series-signups.service';

/** Members: 报名全部场次 of a series, and cancelling it. */
@ApiTags('events')
@ApiBearerAuth()
@Controller('event-series')
export class SeriesSignupsController {
  constructor(private readonly signups: SeriesSignupsService) {}

  @Post(':id/registrations')
  @HttpCode(200)
  signUp(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Body() body: SignUpDto,
  ): Promise<SeriesSignupResult> {
    return this.signups.signUp(caller, id, body);
  }

  @Post(':id/registrations/cancel')
  @HttpCode(200)
  cancel(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<SeriesSignupCancelResult> {
    return this.signups.cancel(caller, id);
  }
}
