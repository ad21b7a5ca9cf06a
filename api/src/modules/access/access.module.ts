import { type DynamicModule, Module } from '@nestjs/common';

import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { GrantsCache } from './grants-cache';
import { PermissionGuard } from './permission.guard';
import { RECORD_PLACES, type RecordPlaceTable } from './record-places';

/**
 * The authorization kernel: the @Authorize decorator, the permission guard, permissions per role and the grants
 * cache. It imports no feature: the composition root hands it the table of record kinds → place.
 */
@Module({})
export class AccessModule {
  static forRoot(recordPlaces: RecordPlaceTable): DynamicModule {
    return {
      module: AccessModule,
      global: true,
      providers: [
        { provide: RECORD_PLACES, useValue: recordPlaces },
        AccessRepository,
        AccessService,
        GrantsCache,
        PermissionGuard,
      ],
      exports: [AccessRepository, AccessService, PermissionGuard],
    };
  }
}
