import { Module } from '@nestjs/common';

import { GrantsModule } from '../grants/grants.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { RiderApplicationsController } from './rider-applications.controller';
import { RiderApplicationsRepository } from './rider-applications.repository';
import { RiderApplicationsService } from './rider-applications.service';

@Module({
  imports: [PlacesModule, NotificationsModule, GrantsModule],
  controllers: [RiderApplicationsController],
  providers: [RiderApplicationsService, RiderApplicationsRepository],
  exports: [RiderApplicationsRepository],
})
export class RiderApplicationsModule {}
