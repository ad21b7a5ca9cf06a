import { type DynamicModule, Module } from '@nestjs/common';

import { AppConfig } from './infra/config/app-config';
import { DatabaseModule } from './infra/database/database.module';
import { loggerModule } from './infra/logger/logger.module';
import { ClientErrorsModule } from './modules/client-errors/client-errors.module';
import { EventsModule } from './modules/events/events.module';
import { HealthModule } from './modules/health/health.module';
import { PlacesModule } from './modules/places/places.module';
import { SeedModule } from './modules/seed/seed.module';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [loggerModule(config), DatabaseModule, HealthModule, PlacesModule, EventsModule, SeedModule, ClientErrorsModule],
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
