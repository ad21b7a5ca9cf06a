import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { PointsModule } from '../points/points.module';
import { CheckinsController } from './controllers/checkins.controller';
import { CheckoutsController } from './controllers/checkouts.controller';
import { EventAdminController } from './controllers/event-admin.controller';
import { EventRatingsController } from './controllers/event-ratings.controller';
import { EventSeriesController } from './controllers/event-series.controller';
import { EventSignupsController } from './controllers/event-signups.controller';
import { EventsController } from './controllers/events.controller';
import { MyVolunteerHoursController } from './controllers/my-volunteer-hours.controller';
import { SeriesSessionsController } from './controllers/series-sessions.controller';
import { SeriesSignupsController } from './controllers/series-signups.controller';
import { VolunteerCertificatesController } from './controllers/volunteer-certificates.controller';
import { VolunteerHoursController } from './controllers/volunteer-hours.controller';
import { CheckinsRepository } from './repositories/checkins.repository';
import { EventRatingsRepository } from './repositories/event-ratings.repository';
import { EventRemindersRepository } from './repositories/event-reminders.repository';
import { EventSeriesRepository } from './repositories/event-series.repository';
import { EventSignupsRepository } from './repositories/event-signups.repository';
import { EventsRepository } from './repositories/events.repository';
import { VolunteerCertificatesRepository } from './repositories/volunteer-certificates.repository';
import { VolunteerHoursRepository } from './repositories/volunteer-hours.repository';
import { CheckinsService } from './services/checkins.service';
import { CheckoutsService } from './services/checkouts.service';
import { DoorScansService } from './services/door-scans.service';
import { EventAdminService } from './services/event-admin.service';
import { EventMessagesService } from './services/event-messages.service';
import { EventPointsService } from './services/event-points.service';
import { EventRatingsService } from './services/event-ratings.service';
import { EventRemindersService } from './services/event-reminders.service';
import { EventSeriesService } from './services/event-series.service';
import { EventSignupsService } from './services/event-signups.service';
import { EventsService } from './services/events.service';
import { SeriesEditsService } from './services/series-edits.service';
import { SeriesSignupsService } from './services/series-signups.service';
import { VolunteerCertificatesService } from './services/volunteer-certificates.service';
import { VolunteerHoursService } from './services/volunteer-hours.service';
import { TicketKeys } from './ticket-keys';

@Module({
  imports: [PlacesModule, PointsModule, NotificationsModule, ModerationModule],
  controllers: [
    EventsController,
    EventSignupsController,
    EventAdminController,
    CheckinsController,
    CheckoutsController,
    VolunteerHoursController,
    MyVolunteerHoursController,
    VolunteerCertificatesController,
    EventRatingsController,
    EventSeriesController,
    SeriesSessionsController,
    SeriesSignupsController,
  ],
  providers: [
    EventsService,
    EventsRepository,
    EventSignupsService,
    EventSignupsRepository,
    CheckinsService,
    CheckinsRepository,
    DoorScansService,
    EventPointsService,
    CheckoutsService,
    VolunteerHoursService,
    VolunteerHoursRepository,
    VolunteerCertificatesService,
    VolunteerCertificatesRepository,
    EventAdminService,
    EventRatingsService,
    EventRatingsRepository,
    EventMessagesService,
    EventRemindersService,
    EventRemindersRepository,
    TicketKeys,
    EventSeriesRepository,
    EventSeriesService,
    SeriesEditsService,
    SeriesSignupsService,
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
