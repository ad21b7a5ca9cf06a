import { Global, Module } from '@nestjs/common';
import { ErrorCode } from '@tongxin/types';

import { AppConfig } from '../config/app-config';
import { DomainException } from '../http/domain.exception';
import { HttpWechatClient } from './http-wechat.client';
import { WechatClient } from './wechat.client';

/** Without an appid and secret there is no WeChat: the endpoints say so instead of failing oddly. */
class UnconfiguredWechatClient extends WechatClient {
  code2Session(): never {
    throw new DomainException(ErrorCode.WechatUnavailable, '未配置微信登录');
  }
  getPhoneNumber(): never {
    throw new DomainException(ErrorCode.WechatUnavailable, '未配置微信登录');
  }
  sendSubscribeMessage(): never {
    throw new DomainException(ErrorCode.WechatUnavailable, '未配置微信');
  }
  checkText(): never {
    throw new DomainException(ErrorCode.WechatUnavailable, '未配置微信');
  }
  checkMediaAsync(): never {
    throw new DomainException(ErrorCode.WechatUnavailable, '未配置微信');
  }
}

/** The one WeChat server-API client of the process (login, phone numbers, subscribe messages, content security). */
@Global()
@Module({
  providers: [
    {
      provide: WechatClient,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        config.wechat ? new HttpWechatClient(config.wechat) : new UnconfiguredWechatClient(),
    },
  ],
  exports: [WechatClient],
})
export class WechatModule {}
