import { Module } from '@nestjs/common';

import { GrantsModule } from '../grants/grants.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { BindingsController } from './bindings.controller';
import { BindingsRepository } from './bindings.repository';
import { BindingsService } from './bindings.service';

@Module({
  imports: [PlacesModule, NotificationsModule, GrantsModule],
  controllers: [BindingsController],
  providers: [BindingsService, BindingsRepository],
  exports: [BindingsRepository],
})
export class BindingsModule {}
