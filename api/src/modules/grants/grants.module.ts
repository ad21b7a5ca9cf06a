import { Module } from '@nestjs/common';

import { PlacesModule } from '../places/places.module';
import { FirstAdminService } from './first-admin.service';
import { GrantsRepository } from './grants.repository';
import { MembersRepository } from './members.repository';
import { RoleGrantsController } from './role-grants.controller';
import { RoleGrantsService } from './role-grants.service';

/** Grant administration (staff grant and revoke roles) and the members list; other features write grants through the repository. */
@Module({
  imports: [PlacesModule],
  controllers: [RoleGrantsController],
  providers: [RoleGrantsService, GrantsRepository, MembersRepository, FirstAdminService],
  exports: [GrantsRepository, FirstAdminService],
})
export class GrantsModule {}
