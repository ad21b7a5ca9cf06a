import { Global, Module } from '@nestjs/common';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { AuditController } from '../audit/audit.controller';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { PlacesModule } from '../places/places.module';
import { UsersRepository } from '../users/users.repository';
import { AccessRepository } from './access.repository';
import { AccessService } from './access.service';
import { GrantsCache } from './grants-cache';
import { MembersRepository } from './members.repository';
import { PermissionGuard } from './permission.guard';
import { RoleGrantsController } from './role-grants.controller';
import { RoleGrantsService } from './role-grants.service';

/** Who is who and who may do what: grants, the permission guard, audit log, members, personal-data cipher. */
@Global()
@Module({
  imports: [PlacesModule],
  controllers: [RoleGrantsController, AuditController],
  providers: [
    AccessRepository,
    AccessService,
    GrantsCache,
    PermissionGuard,
    MembersRepository,
    RoleGrantsService,
    AuditRepository,
    AuditService,
    UsersRepository,
    PiiCipher,
  ],
  exports: [AccessRepository, AccessService, PermissionGuard, AuditService, UsersRepository, PiiCipher],
})
export class AccessModule {}
