import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FlagContentResponse } from '@tongxin/types';

import { type Caller, CurrentCaller } from '../../access/authorize.decorator';
import { FlagContentDto } from '../dto/moderation.dto';
import { ModerationService } from '../moderation.service';

/** Members: 举报 something others can see (a report, a photo, an event, an honour, a rating comment). */
@ApiTags('moderation')
@ApiBearerAuth()
@Controller('flags')
export class FlagsController {
  constructor(private readonly moderation: ModerationService) {}

  @Post()
  flag(@CurrentCaller() caller: Caller, @Body() body: FlagContentDto): Promise<FlagContentResponse> {
    return this.moderation.flag(caller, body);
  }
}
