import { Module } from '@nestjs/common';
import { ErrorCode } from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { DomainException } from '../../infra/http/domain.exception';
import { LogSmsSender } from '../../infra/sms/log-sms.sender';
import { SmsSender } from '../../infra/sms/sms.sender';
import { TencentSmsSender } from '../../infra/sms/tencent-sms.sender';
import { HttpWechatClient } from '../../infra/wechat/http-wechat.client';
import { WechatClient } from '../../infra/wechat/wechat.client';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SmsCodesRepository } from './sms-codes.repository';
import { SmsCodesService } from './sms-codes.service';
import { TokensModule } from './tokens.module';

/** Without an appid and secret there is no WeChat login; the endpoint says so instead of failing oddly. */
class UnconfiguredWechatClient extends WechatClient {
  code2Session(): never {
    throw new DomainException(ErrorCode.WechatUnavailable, '未配置微信登录');
  }
  getPhoneNumber(): never {
    throw new DomainException(ErrorCode.WechatUnavailable, '未配置微信登录');
  }
}

@Module({
  imports: [TokensModule, UsersModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SmsCodesService,
    SmsCodesRepository,
    {
      provide: SmsSender,
      inject: [AppConfig, PinoLogger],
      useFactory: (config: AppConfig, logger: PinoLogger) =>
        config.sms.tencent ? new TencentSmsSender(config.sms.tencent) : new LogSmsSender(logger),
    },
    {
      provide: WechatClient,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.wechat ? new HttpWechatClient(config.wechat) : new UnconfiguredWechatClient()),
    },
  ],
})
export class AuthModule {}
