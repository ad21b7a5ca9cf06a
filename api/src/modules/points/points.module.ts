import { Module } from '@nestjs/common';

import { PlacesModule } from '../places/places.module';
import { LedgerService } from './ledger.service';
import { PointsController } from './points.controller';
import { PointsRepository } from './points.repository';
import { PointsService } from './points.service';

@Module({
  imports: [PlacesModule],
  controllers: [PointsController],
  providers: [PointsService, PointsRepository, LedgerService],
  exports: [LedgerService, PointsRepository],
})
export class PointsModule {}
