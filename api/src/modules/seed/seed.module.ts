import { Module } from '@nestjs/common';

import { PhotosModule } from '../photos/photos.module';
import { PointsModule } from '../points/points.module';
import { DemoHistoryService } from './demo-history.service';
import { SeedRepository } from './seed.repository';
import { SeedService } from './seed.service';

@Module({
  imports: [PhotosModule, PointsModule],
  providers: [SeedService, SeedRepository, DemoHistoryService],
  exports: [SeedService],
})
export class SeedModule {}
