import { Module } from '@nestjs/common';

import { PlacesModule } from '../places/places.module';
import { LedgerService } from './ledger.service';
import { PendingAwardsController } from './pending-awards.controller';
import { PendingAwardsRepository } from './pending-awards.repository';
import { PendingAwardsService } from './pending-awards.service';
import { PointsController } from './points.controller';
import { PointsRepository } from './points.repository';
import { PointsService } from './points.service';

@Module({
  imports: [PlacesModule],
  controllers: [PointsController, PendingAwardsController],
  providers: [PointsService, PointsRepository, LedgerService, PendingAwardsService, PendingAwardsRepository],
  exports: [LedgerService, PointsRepository, PendingAwardsService],
})
export class PointsModule {}
