import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrdersModule } from '../orders/orders.module';
import { PhotosModule } from '../photos/photos.module';
import { PlacesModule } from '../places/places.module';
import { CareController } from './care.controller';
import { CareRepository } from './care.repository';
import { CareService } from './care.service';
import { CareSweepsService } from './care-sweeps.service';
import { CareVisitsService } from './care-visits.service';
import { SafetyService } from './safety.service';

/**
 * 帮扶台账 (issue 19, first part): the register, 入户走访 with follow-ups that become needs, overdue visits, 平安打卡
 * and retention. Depends on orders (a follow-up or a door knock is a need, filed through `ReportsService`).
 */
@Module({
  imports: [PlacesModule, PhotosModule, NotificationsModule, OrdersModule],
  controllers: [CareController],
  providers: [CareRepository, CareService, CareVisitsService, SafetyService, CareSweepsService],
  exports: [CareService, CareVisitsService],
})
export class CareModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(sweeps: CareSweepsService, config: AppConfig, logger: PinoLogger) {
    this.sweeper = new Sweeper('care', config.sweepIntervalMs, () => sweeps.sweep(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
