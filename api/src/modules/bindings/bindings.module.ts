import { Module } from '@nestjs/common';

import { PlacesModule } from '../places/places.module';
import { BindingsController } from './bindings.controller';
import { BindingsRepository } from './bindings.repository';
import { BindingsService } from './bindings.service';

@Module({
  imports: [PlacesModule],
  controllers: [BindingsController],
  providers: [BindingsService, BindingsRepository],
  exports: [BindingsRepository],
})
export class BindingsModule {}
