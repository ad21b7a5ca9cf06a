import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@tongxin/types';

import { type Caller, CurrentCaller } from '../modules/access/authorize.decorator';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  get(@CurrentCaller() caller: Caller): Promise<MeResponse> {
    return this.me.get(caller.userId);
  }

  @Patch()
  update(@CurrentCaller() caller: Caller, @Body() body: UpdateProfileDto): Promise<MeResponse> {
    return this.me.update(caller.userId, body);
  }

  @Delete()
  @HttpCode(204)
  delete(@CurrentCaller() caller: Caller): Promise<void> {
    return this.me.delete(caller.userId);
  }
}
