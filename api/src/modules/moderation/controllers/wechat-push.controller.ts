import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@tongxin/types';

import { AppConfig } from '../../../infra/config/app-config';
import { DomainException } from '../../../infra/http/domain.exception';
import { answerUrlCheck, openPush, PushRejected, type PushSettings } from '../../../infra/wechat/message-push';
import { Public } from '../../access/authorize.decorator';
import { PushQueryDto } from '../dto/moderation.dto';
import { ModerationService } from '../moderation.service';

/**
 * WeChat's message push (开发管理 → 消息推送, data format JSON): the URL check, and the events it sends —
 * `wxa_media_check`, the verdict on a photo sent to media_check_async. Plain and safe modes.
 */
@ApiTags('moderation')
@Controller('wechat/message-push')
export class WechatPushController {
  constructor(
    private readonly config: AppConfig,
    private readonly moderation: ModerationService,
  ) {}

  @Public()
  @Get()
  @Header('content-type', 'text/plain; charset=utf-8')
  check(@Query() query: PushQueryDto): string {
    return this.guard(() => answerUrlCheck(this.settings(), query));
  }

  @Public()
  @Post()
  @HttpCode(200)
  @Header('content-type', 'text/plain; charset=utf-8')
  async receive(@Query() query: PushQueryDto, @Body() body: unknown): Promise<string> {
    const message = this.guard(() => openPush(this.settings(), query, body));
    if (message.Event === 'wxa_media_check' && typeof message.trace_id === 'string') {
      const result = message.result as { suggest?: unknown } | undefined;
      await this.moderation.mediaVerdict(message.trace_id, String(result?.suggest ?? ''));
    }
    return 'success';
  }

  private settings(): PushSettings {
    const push = this.config.moderation.push;
    if (!push || !this.config.wechat) throw new PushRejected('message push not configured');
    return { token: push.token, aesKey: push.aesKey, appId: this.config.wechat.appId };
  }

  private guard<T>(open: () => T): T {
    try {
      return open();
    } catch (error) {
      if (error instanceof PushRejected) throw new DomainException(ErrorCode.Forbidden, '消息签名无效');
      throw error;
    }
  }
}
