import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { HonoursController } from './honours.controller';
import { HonoursRepository } from './honours.repository';
import { HonoursService } from './honours.service';

@Module({
  imports: [PlacesModule, NotificationsModule, ModerationModule],
  controllers: [HonoursController],
  providers: [HonoursService, HonoursRepository],
})
export class HonoursModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(honours: HonoursService, config: AppConfig, logger: PinoLogger) {
    this.sweeper = new Sweeper('honours.archive', config.sweepIntervalMs, () => honours.archiveEnded(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
