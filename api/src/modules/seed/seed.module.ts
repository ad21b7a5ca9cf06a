import { Module } from '@nestjs/common';

import { PointsModule } from '../points/points.module';
import { SeedRepository } from './seed.repository';
import { SeedService } from './seed.service';

@Module({ imports: [PointsModule], providers: [SeedService, SeedRepository], exports: [SeedService] })
export class SeedModule {}
