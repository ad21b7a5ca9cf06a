import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AppConfig } from './infra/config/app-config';
import { DatabaseModule } from './infra/database/database.module';
import { GracefulShutdown } from './infra/http/graceful-shutdown';
import { loggerModule } from './infra/logger/logger.module';
import { WechatModule } from './infra/wechat/wechat.module';
import { AccessModule } from './modules/access/access.module';
import { PermissionGuard } from './modules/access/permission.guard';
import { AuthModule } from './modules/auth/auth.module';
import { JwtAuthGuard } from './modules/auth/jwt-auth.guard';
import { TokensModule } from './modules/auth/tokens.module';
import { BindingsModule } from './modules/bindings/bindings.module';
import { ClientErrorsModule } from './modules/client-errors/client-errors.module';
import { EventsModule } from './modules/events/events.module';
import { HealthModule } from './modules/health/health.module';
import { HonoursModule } from './modules/honours/honours.module';
import { MallModule } from './modules/mall/mall.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrdersModule } from './modules/orders/orders.module';
import { PhotosModule } from './modules/photos/photos.module';
import { PlacesModule } from './modules/places/places.module';
import { PointsModule } from './modules/points/points.module';
import { RiderApplicationsModule } from './modules/rider-applications/rider-applications.module';
import { SeedModule } from './modules/seed/seed.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        loggerModule(config),
        DatabaseModule,
        WechatModule,
        AccessModule,
        TokensModule,
        AuthModule,
        UsersModule,
        BindingsModule,
        RiderApplicationsModule,
        HealthModule,
        PlacesModule,
        EventsModule,
        SeedModule,
        ClientErrorsModule,
        PointsModule,
        MallModule,
        HonoursModule,
        NotificationsModule,
        OrdersModule,
        PhotosModule,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        GracefulShutdown,
        // Order matters: authenticate first, then check the permission on the record's place.
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
        { provide: APP_GUARD, useExisting: PermissionGuard },
      ],
      exports: [AppConfig],
    };
  }
}
