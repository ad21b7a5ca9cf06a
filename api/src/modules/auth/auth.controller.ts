import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthTokens, DemoAccount, SendSmsCodeResponse } from '@tongxin/types';

import { LoginAttempt } from '../../infra/rate-limit/rate-limit.module';
import { Public } from '../access/authorize.decorator';
import { AuthService } from './auth.service';
import { DemoLoginDto, RefreshDto, SendSmsCodeDto, SmsLoginDto, WechatCodeDto } from './dto/auth.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @LoginAttempt()
  @Post('sms/send')
  @HttpCode(202)
  sendSmsCode(@Body() body: SendSmsCodeDto, @Ip() ip: string): Promise<SendSmsCodeResponse> {
    return this.auth.sendSmsCode(body.phone, ip);
  }

  @Public()
  @LoginAttempt()
  @Post('sms/login')
  @HttpCode(200)
  smsLogin(@Body() body: SmsLoginDto): Promise<AuthTokens> {
    return this.auth.smsLogin(body.phone, body.code);
  }

  @Public()
  @LoginAttempt()
  @Post('wechat/login')
  @HttpCode(200)
  wechatLogin(@Body() body: WechatCodeDto): Promise<AuthTokens> {
    return this.auth.wechatLogin(body.code);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto): Promise<AuthTokens> {
    return this.auth.refresh(body.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  logout(@Body() body: RefreshDto): Promise<void> {
    return this.auth.logout(body.refreshToken);
  }

  @Public()
  @Get('demo-accounts')
  demoAccounts(): DemoAccount[] {
    return this.auth.demoAccounts();
  }

  @Public()
  @LoginAttempt()
  @Post('demo/login')
  @HttpCode(200)
  demoLogin(@Body() body: DemoLoginDto): Promise<AuthTokens> {
    return this.auth.demoLogin(body.account);
  }
}
