import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { ContentScreenService } from './content-screen.service';
import { FlagsController } from './controllers/flags.controller';
import { ModerationController } from './controllers/moderation.controller';
import { WechatPushController } from './controllers/wechat-push.controller';
import { ModerationRepository } from './moderation.repository';
import { ModerationService } from './moderation.service';
import { ModerationRegistry } from './moderation-registry';

/**
 * Content safety: text checked before others see it, 举报, WeChat's photo verdicts, the moderation queue. Features
 * whose members write for others import this module, register their record kinds and filter their lists with
 * `seenByOthersOrAuthor`; this module imports none of them.
 */
@Module({
  imports: [NotificationsModule, PlacesModule],
  controllers: [FlagsController, ModerationController, WechatPushController],
  providers: [ModerationRepository, ModerationRegistry, ContentScreenService, ModerationService],
  exports: [ModerationRegistry, ContentScreenService, ModerationService],
})
export class ModerationModule {}
