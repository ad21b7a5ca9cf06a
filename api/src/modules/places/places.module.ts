import { Module } from '@nestjs/common';

import { CommunityCreatedHooks } from './community-created.hooks';
import { PlaceAdminService } from './place-admin.service';
import { PlaceUnitsController } from './place-units.controller';
import { PlaceUnitsRepository } from './place-units.repository';
import { PlaceUnitsService } from './place-units.service';
import { PlacesController } from './places.controller';
import { PlacesRepository } from './places.repository';
import { PlacesService } from './places.service';

@Module({
  controllers: [PlacesController, PlaceUnitsController],
  providers: [
    PlacesService,
    PlaceAdminService,
    PlaceUnitsService,
    PlacesRepository,
    PlaceUnitsRepository,
    CommunityCreatedHooks,
  ],
  exports: [PlacesRepository, PlacesService, CommunityCreatedHooks],
})
export class PlacesModule {}
