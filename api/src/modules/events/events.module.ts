import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { PointsModule } from '../points/points.module';
import { CheckinsController } from './controllers/checkins.controller';
import { EventAdminController } from './controllers/event-admin.controller';
import { EventRatingsController } from './controllers/event-ratings.controller';
import { EventSignupsController } from './controllers/event-signups.controller';
import { EventsController } from './controllers/events.controller';
import { CheckinsRepository } from './repositories/checkins.repository';
import { EventRatingsRepository } from './repositories/event-ratings.repository';
import { EventRemindersRepository } from './repositories/event-reminders.repository';
import { EventSignupsRepository } from './repositories/event-signups.repository';
import { EventsRepository } from './repositories/events.repository';
import { CheckinsService } from './services/checkins.service';
import { EventAdminService } from './services/event-admin.service';
import { EventMessagesService } from './services/event-messages.service';
import { EventRatingsService } from './services/event-ratings.service';
import { EventRemindersService } from './services/event-reminders.service';
import { EventSignupsService } from './services/event-signups.service';
import { EventsService } from './services/events.service';
import { TicketKeys } from './ticket-keys';

@Module({
  imports: [PlacesModule, PointsModule, NotificationsModule, ModerationModule],
  controllers: [
    EventsController,
    EventSignupsController,
    EventAdminController,
    CheckinsController,
    EventRatingsController,
  ],
  providers: [
    EventsService,
    EventsRepository,
    EventSignupsService,
    EventSignupsRepository,
    CheckinsService,
    CheckinsRepository,
    EventAdminService,
    EventRatingsService,
    EventRatingsRepository,
    EventMessagesService,
    EventRemindersService,
    EventRemindersRepository,
    TicketKeys,
  ],
})
export class EventsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(reminders: EventRemindersService, config: AppConfig, logger: PinoLogger) {
    this.sweeper = new Sweeper('events.reminders', config.sweepIntervalMs, () => reminders.sweep(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
