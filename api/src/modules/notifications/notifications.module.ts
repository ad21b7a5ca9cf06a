import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { NotificationPushService } from './notification-push.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsRepository, NotificationPushService],
  exports: [NotificationsService],
})
export class NotificationsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper | null;

  constructor(push: NotificationPushService, config: AppConfig, logger: PinoLogger) {
    // Without templates nothing is ever pending: no sweep.
    this.sweeper =
      Object.keys(config.reminders).length > 0
        ? new Sweeper('notifications.push', config.sweepIntervalMs, () => push.pushDue(), logger)
        : null;
  }

  onApplicationBootstrap(): void {
    this.sweeper?.start();
  }

  onApplicationShutdown(): void {
    this.sweeper?.stop();
  }
}
