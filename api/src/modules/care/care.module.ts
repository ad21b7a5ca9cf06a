import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { FamilyModule } from '../family/family.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrdersModule } from '../orders/orders.module';
import { PhotosModule } from '../photos/photos.module';
import { PlacesModule } from '../places/places.module';
import { CareController } from './care.controller';
import { CareRepository } from './care.repository';
import { CareService } from './care.service';
import { CareSweepsService } from './care-sweeps.service';
import { CareVisitsService } from './care-visits.service';
import { CareWorkController } from './care-work.controller';
import { JobsRepository } from './jobs/jobs.repository';
import { JobsService } from './jobs/jobs.service';
import { PatrolsRepository } from './patrols/patrols.repository';
import { PatrolsService } from './patrols/patrols.service';
import { SafetyService } from './safety.service';

/**
 * 帮扶台账 (issue 19): the register, 入户走访 with follow-ups that become needs, overdue visits, 平安打卡, retention,
 * 日常巡查 (`patrols/`) and 就业帮扶 (`jobs/`). Depends on orders (a follow-up or a door knock is a need, filed through `ReportsService`).
 */
@Module({
  imports: [PlacesModule, PhotosModule, NotificationsModule, OrdersModule, FamilyModule],
  controllers: [CareController, CareWorkController],
  providers: [
    CareRepository,
    CareService,
    CareVisitsService,
    SafetyService,
    CareSweepsService,
    PatrolsRepository,
    PatrolsService,
    JobsRepository,
    JobsService,
  ],
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
