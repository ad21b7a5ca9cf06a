import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { PlacesModule } from '../places/places.module';
import { ImportsController } from './controllers/imports.controller';
import { HomeClaimsRepository } from './repositories/home-claims.repository';
import { ImportRunsRepository } from './repositories/import-runs.repository';
import { ImportStateRepository } from './repositories/import-state.repository';
import { ImportWritesRepository } from './repositories/import-writes.repository';
import { HomeClaimsService } from './services/home-claims.service';
import { ImportPlannerService } from './services/import-planner.service';
import { ImportWriterService } from './services/import-writer.service';
import { ImportsService } from './services/imports.service';

/**
 * 导入: templates, dry runs and applies of 台账 workbooks (places, households, staff, units), the list of past
 * imports, and homes verified in advance that residents claim when they prove their phone (a hook on login).
 * Reads the multipart body with the parser PhotosModule registers on the app.
 */
@Module({
  imports: [PlacesModule, NotificationsModule],
  controllers: [ImportsController],
  providers: [
    ImportsService,
    ImportPlannerService,
    ImportWriterService,
    HomeClaimsService,
    ImportRunsRepository,
    ImportStateRepository,
    ImportWritesRepository,
    HomeClaimsRepository,
  ],
  exports: [ImportsService],
})
export class ImportsModule {}
