import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { PointsModule } from '../points/points.module';
import { MallController } from './mall.controller';
import { MallRepository } from './mall.repository';
import { MallService } from './mall.service';

@Module({
  imports: [PlacesModule, PointsModule, NotificationsModule],
  controllers: [MallController],
  providers: [MallService, MallRepository],
})
export class MallModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(mall: MallService, config: AppConfig, logger: PinoLogger) {
    this.sweeper = new Sweeper('mall.expire', config.sweepIntervalMs, () => mall.expireDue(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
