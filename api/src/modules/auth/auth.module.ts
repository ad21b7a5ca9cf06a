import { Module } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { LogSmsSender } from '../../infra/sms/log-sms.sender';
import { SmsSender } from '../../infra/sms/sms.sender';
import { TencentSmsSender } from '../../infra/sms/tencent-sms.sender';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SmsCodesRepository } from './sms-codes.repository';
import { SmsCodesService } from './sms-codes.service';
import { TokensModule } from './tokens.module';

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
  ],
  exports: [AuthService],
})
export class AuthModule {}
