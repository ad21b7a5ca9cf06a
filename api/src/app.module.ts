import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';

import { ENTITIES } from './entities';
import { AppConfig } from './infra/config/app-config';
import { CryptoModule } from './infra/crypto/crypto.module';
import { DatabaseModule } from './infra/database/database.module';
import { GracefulShutdown } from './infra/http/graceful-shutdown';
import { loggerModule } from './infra/logger/logger.module';
import { RateLimitModule } from './infra/rate-limit/rate-limit.module';
import { WechatModule } from './infra/wechat/wechat.module';
import { MeModule } from './me/me.module';
import { AccessModule } from './modules/access/access.module';
import { PermissionGuard } from './modules/access/permission.guard';
import { AlertsModule } from './modules/alerts/alerts.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { DEMO_ACCOUNTS } from './modules/auth/demo-accounts';
import { JwtAuthGuard } from './modules/auth/jwt-auth.guard';
import { TokensModule } from './modules/auth/tokens.module';
import { BindingsModule } from './modules/bindings/bindings.module';
import { CareModule } from './modules/care/care.module';
import { ClientErrorsModule } from './modules/client-errors/client-errors.module';
import { ConsentsModule } from './modules/consents/consents.module';
import { EventsModule } from './modules/events/events.module';
import { FamilyModule } from './modules/family/family.module';
import { ProxyGuard } from './modules/family/proxy.guard';
import { ProxyActsInterceptor } from './modules/family/proxy-acts.interceptor';
import { FiguresModule } from './modules/figures/figures.module';
import { GrantsModule } from './modules/grants/grants.module';
import { HealthModule } from './modules/health/health.module';
import { HonoursModule } from './modules/honours/honours.module';
import { ImportsModule } from './modules/imports/imports.module';
import { MallModule } from './modules/mall/mall.module';
import { MediationModule } from './modules/mediation/mediation.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrdersModule } from './modules/orders/orders.module';
import { PhotosModule } from './modules/photos/photos.module';
import { PlacesModule } from './modules/places/places.module';
import { PointsModule } from './modules/points/points.module';
import { RiderApplicationsModule } from './modules/rider-applications/rider-applications.module';
import { RiderRoutesModule } from './modules/rider-routes/rider-routes.module';
import { demoAccountEntries } from './modules/seed/demo-accounts';
import { SeedModule } from './modules/seed/seed.module';
import { UsersModule } from './modules/users/users.module';
import { RECORD_PLACES } from './record-places';

/**
 * The composition root: infra with the entity list, the access kernel with the record → place table, the features,
 * and the aggregates composed over them (`/me`). Only here (and in the CLIs) is everything imported at once.
 */
@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        loggerModule(config),
        DatabaseModule.forRoot(ENTITIES),
        CryptoModule,
        WechatModule,
        RateLimitModule,
        AccessModule.forRoot(RECORD_PLACES),
        AuditModule,
        TokensModule,
        AuthModule,
        UsersModule,
        GrantsModule,
        BindingsModule,
        RiderApplicationsModule,
        MeModule,
        ConsentsModule,
        HealthModule,
        PlacesModule,
        EventsModule,
        SeedModule,
        ClientErrorsModule,
        PointsModule,
        MallModule,
        HonoursModule,
        NotificationsModule,
        ModerationModule,
        OrdersModule,
        AlertsModule,
        RiderRoutesModule,
        PhotosModule,
        ImportsModule,
        FiguresModule,
        MediationModule,
        CareModule,
        FamilyModule,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: DEMO_ACCOUNTS, useValue: demoAccountEntries() },
        GracefulShutdown,
        // Order matters: authenticate first (writes are counted per member), count the request against the rate
        // limits, then check the permission on the record's place.
        { provide: APP_GUARD, useExisting: JwtAuthGuard },
        // 亲情代办: a linked family member's request runs as the parent on the routes that allow it.
        { provide: APP_GUARD, useExisting: ProxyGuard },
        { provide: APP_GUARD, useExisting: ThrottlerGuard },
        { provide: APP_GUARD, useExisting: PermissionGuard },
        { provide: APP_INTERCEPTOR, useExisting: ProxyActsInterceptor },
      ],
      exports: [AppConfig, DEMO_ACCOUNTS],
    };
  }
}
