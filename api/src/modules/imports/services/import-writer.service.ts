import { Injectable } from '@nestjs/common';
import { ErrorCode, PlaceLevel } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { PiiCipher } from '../../../infra/crypto/pii-cipher';
import { DomainException } from '../../../infra/http/domain.exception';
import { AuditService } from '../../audit/audit.service';
import { CommunityCreatedHooks } from '../../places/community-created.hooks';
import type { HouseholdsPlan, ResidentWrite } from '../kinds/households.kind';
import type { StaffPlan } from '../kinds/staff.kind';
import { ImportStateRepository } from '../repositories/import-state.repository';
import { ImportWritesRepository, type ResidentRecord } from '../repositories/import-writes.repository';
import { HomeClaimsService } from './home-claims.service';
import type { KindPlan } from './import-planner.service';

export interface WriteContext {
  importId: string;
  callerId: string;
}

/** Writes a checked plan in the apply's transaction: new rows in multi-row INSERTs, changed rows one by one. */
@Injectable()
export class ImportWriterService {
  constructor(
    private readonly writes: ImportWritesRepository,
    private readonly state: ImportStateRepository,
    private readonly claims: HomeClaimsService,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly communityCreated: CommunityCreatedHooks,
  ) {}

  async write(plan: KindPlan, context: WriteContext, manager: EntityManager): Promise<void> {
    switch (plan.kind) {
      case 'places':
        await this.writes.insertPlaces(plan.plan.created, manager);
        await this.communityCreated.run(
          plan.plan.created.filter((p) => p.level === PlaceLevel.Community).map((p) => p.id),
          manager,
        );
        await this.writes.updateBuildings(plan.plan.updated, manager);
        return;
      case 'households':
        return this.writeHouseholds(plan.plan, context, manager);
      case 'staff':
        return this.writeStaff(plan.plan, context, manager);
      case 'units':
        await this.writes.insertUnits(plan.plan.created, manager);
        await this.writes.updateUnits(plan.plan.updated, manager);
        return;
    }
  }

  /**
   * Rooms and residents (phones and names encrypted, phones with their lookup hash); then the residents who are
   * already members claim their homes at once, without waiting for their next login.
   */
  private async writeHouseholds(plan: HouseholdsPlan, context: WriteContext, manager: EntityManager): Promise<void> {
    const record = (r: ResidentWrite): ResidentRecord => ({
      id: r.id,
      householdId: r.householdId,
      phoneHash: r.phoneHash,
      phoneCipher: this.cipher.encrypt(r.phone),
      nameCipher: this.cipher.encrypt(r.name),
      importId: context.importId,
    });
    await this.writes.insertHouseholds(plan.households, context.importId, manager);
    await this.writes.insertResidents(plan.residents.map(record), manager);
    const moved = await this.writes.updateResidents(plan.changed.map(record), manager);
    if (moved < plan.changed.length) {
      // A resident logged in and claimed their home between the plan's read and this write.
      throw new DomainException(ErrorCode.Conflict, '有居民刚刚登录认证了住址，请重新试导入');
    }
    const touched = [...plan.residents, ...plan.changed].map((r) => r.phoneHash);
    const members = await this.state.findMembersByPhoneHashes(touched, manager);
    await this.claims.claim(
      members.map((m) => ({ userId: m.id, phoneHash: m.phoneHash })),
      'import',
      manager,
    );
  }

  /** New members known by phone (the name as nickname), then the grants, each audited as a grant by the importer. */
  private async writeStaff(plan: StaffPlan, context: WriteContext, manager: EntityManager): Promise<void> {
    await this.writes.insertMembers(
      plan.members.map((m) => ({
        id: m.id,
        nickname: m.name,
        phoneCipher: this.cipher.encrypt(m.phone),
        phoneHash: m.phoneHash,
      })),
      manager,
    );
    const grants = await this.writes.insertGrants(
      plan.grants.map((g) => ({ ...g, grantedBy: context.callerId })),
      manager,
    );
    await this.audit.recordMany(
      grants.map((g) => ({
        actorId: context.callerId,
        action: 'role.grant' as const,
        targetType: 'role_grant' as const,
        targetId: g.id,
        placeId: g.placeId,
        details: { userId: g.userId, role: g.role, importId: context.importId },
      })),
      manager,
    );
  }
}
