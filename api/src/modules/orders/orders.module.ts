import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { NotificationsModule } from '../notifications/notifications.module';
import { PhotosModule } from '../photos/photos.module';
import { PlacesModule } from '../places/places.module';
import { PointsModule } from '../points/points.module';
import { ReportsController } from '../reports/reports.controller';
import { ReportsRepository } from '../reports/reports.repository';
import { ReportsService } from '../reports/reports.service';
import { FollowUpsService } from './follow-ups.service';
import { OrderSweepsService } from './order-sweeps.service';
import { OrdersController } from './orders.controller';
import { OrdersRepository } from './orders.repository';
import { OrdersService } from './orders.service';

/** Reports and needs, and the grid orders they become (one flow: 发现问题、处理问题、结果反馈). */
@Module({
  imports: [PlacesModule, PointsModule, PhotosModule, NotificationsModule],
  controllers: [ReportsController, OrdersController],
  providers: [ReportsService, ReportsRepository, OrdersService, OrdersRepository, OrderSweepsService, FollowUpsService],
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
