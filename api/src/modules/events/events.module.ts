import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { PointsModule } from '../points/points.module';
import { CheckinsRepository } from './checkins.repository';
import { CheckinsService } from './checkins.service';
import { EventAdminService } from './event-admin.service';
import { EventManageController } from './event-manage.controller';
import { EventSignupsRepository } from './event-signups.repository';
import { EventSignupsService } from './event-signups.service';
import { EventsController } from './events.controller';
import { EventsRepository } from './events.repository';
import { EventsService } from './events.service';
import { TicketKeys } from './ticket-keys';

@Module({
  imports: [PlacesModule, PointsModule, NotificationsModule],
  // The manage controller first: its literal routes (registrations/mine) must win over events/:id.
  controllers: [EventManageController, EventsController],
  providers: [
    EventsService,
    EventsRepository,
    EventSignupsService,
    EventSignupsRepository,
    CheckinsService,
    CheckinsRepository,
    EventAdminService,
    TicketKeys,
  ],
})
export class EventsModule {}
