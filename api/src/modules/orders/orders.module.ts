import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { AlertsModule } from '../alerts/alerts.module';
import { FamilyModule } from '../family/family.module';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PhotosModule } from '../photos/photos.module';
import { PlacesModule } from '../places/places.module';
import { PointsModule } from '../points/points.module';
import { RiderRoutesModule } from '../rider-routes/rider-routes.module';
import { OrderAdminController } from './controllers/order-admin.controller';
import { OrdersController } from './controllers/orders.controller';
import { ReportsController } from './controllers/reports.controller';
import { OrdersRepository } from './repositories/orders.repository';
import { ReportsRepository } from './repositories/reports.repository';
import { DefaultCategoriesService } from './services/default-categories.service';
import { FollowUpsService } from './services/follow-ups.service';
import { MyMonthService } from './services/my-month.service';
import { OrderSweepsService } from './services/order-sweeps.service';
import { OrdersService } from './services/orders.service';
import { ReportModerationService } from './services/report-moderation.service';
import { ReportViewsService } from './services/report-views.service';
import { ReportsService } from './services/reports.service';

/**
 * Reports and needs, and the grid orders they become (one flow: 发现问题、处理问题、结果反馈). Services depend one
 * way: sweeps → orders → report views ← reports; report views read both repositories and build cards through
 * `orders.mapper.ts`; the state table is `order-states.ts`.
 */
@Module({
  imports: [
    FamilyModule,
    PlacesModule,
    PointsModule,
    PhotosModule,
    NotificationsModule,
    ModerationModule,
    AlertsModule,
    RiderRoutesModule,
  ],
  controllers: [ReportsController, OrdersController, OrderAdminController],
  providers: [
    ReportModerationService,
    ReportsRepository,
    OrdersRepository,
    ReportViewsService,
    ReportsService,
    OrdersService,
    OrderSweepsService,
    FollowUpsService,
    DefaultCategoriesService,
    MyMonthService,
  ],
  exports: [ReportsService],
})
export class OrdersModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(sweeps: OrderSweepsService, config: AppConfig, logger: PinoLogger) {
    this.sweeper = new Sweeper('orders', config.sweepIntervalMs, () => sweeps.sweep(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
