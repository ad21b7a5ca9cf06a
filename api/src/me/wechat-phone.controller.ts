import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MeResponse } from '@tongxin/types';

import { type Caller, CurrentCaller } from '../modules/access/authorize.decorator';
import { WechatCodeDto } from '../modules/auth/dto/auth.dto';
import { MeService } from './me.service';

/** Linking WeChat's phone number answers with the whole account, so the route is composed here, above auth. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class WechatPhoneController {
  constructor(private readonly me: MeService) {}

  @Post('wechat/phone')
  @HttpCode(200)
  wechatPhone(@CurrentCaller() caller: Caller, @Body() body: WechatCodeDto): Promise<MeResponse> {
    return this.me.linkWechatPhone(caller.userId, body.code);
  }
}
