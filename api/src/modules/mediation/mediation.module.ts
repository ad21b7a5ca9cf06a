import { Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { Sweeper } from '../../infra/http/sweeper';
import { ModerationModule } from '../moderation/moderation.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PhotosModule } from '../photos/photos.module';
import { PlacesModule } from '../places/places.module';
import { MediationController } from './mediation.controller';
import { MediationRepository } from './mediation.repository';
import { MediationService } from './mediation.service';
import { MediationReadsService } from './mediation-reads.service';
import { MediationSessionsService } from './mediation-sessions.service';
import { MediationStaffController } from './mediation-staff.controller';
import { MediationSweepsService } from './mediation-sweeps.service';

/**
 * 石榴调解工作室: confidential mediation cases (`mediation-states.ts` for the moves and who may make them). Reads
 * decide access per case (`MediationReadsService`); writes go through `MediationService` and, for sessions,
 * `MediationSessionsService`; missed deadlines go up to the street in a sweep.
 */
@Module({
  imports: [PlacesModule, NotificationsModule, PhotosModule, ModerationModule],
  controllers: [MediationController, MediationStaffController],
  providers: [
    MediationRepository,
    MediationReadsService,
    MediationService,
    MediationSessionsService,
    MediationSweepsService,
  ],
  exports: [MediationService, MediationSessionsService],
})
export class MediationModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly sweeper: Sweeper;

  constructor(sweeps: MediationSweepsService, config: AppConfig, logger: PinoLogger) {
    this.sweeper = new Sweeper('mediation', config.sweepIntervalMs, () => sweeps.sweep(), logger);
  }

  onApplicationBootstrap(): void {
    this.sweeper.start();
  }

  onApplicationShutdown(): void {
    this.sweeper.stop();
  }
}
