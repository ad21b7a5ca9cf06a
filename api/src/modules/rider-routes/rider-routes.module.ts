import { Module } from '@nestjs/common';

import { PlacesModule } from '../places/places.module';
import { RiderRoutesController } from './rider-routes.controller';
import { RiderRoutesRepository } from './rider-routes.repository';
import { RiderRoutesService } from './rider-routes.service';

/** 我的顺路: the places a rider passes and their free times; the order hall ranks by them. */
@Module({
  imports: [PlacesModule],
  controllers: [RiderRoutesController],
  providers: [RiderRoutesService, RiderRoutesRepository],
  exports: [RiderRoutesService],
})
export class RiderRoutesModule {}
