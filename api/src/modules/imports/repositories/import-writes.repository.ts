import { Injectable } from '@nestjs/common';
import type { Role } from '@tongxin/types';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

import { newId } from '../../../infra/database/ids';
import { RoleGrant } from '../../access/role-grant.entity';
import { Place } from '../../places/place.entity';
import { PlaceUnit } from '../../places/place-unit.entity';
import { User } from '../../users/user.entity';
import { Household } from '../entities/household.entity';
import { HouseholdResident } from '../entities/household-resident.entity';
import type { NewHousehold } from '../kinds/households.kind';
import type { PlaceNode } from '../kinds/place-index';
import type { PlaceUpdate } from '../kinds/places.kind';
import type { UnitWrite } from '../kinds/units.kind';
import { chunks } from './import-state.repository';

/** Rows per multi-row INSERT: a few thousand values per statement on either driver. */
const INSERT_CHUNK = 250;

/** A resident record as written: phone and name already encrypted. */
export interface ResidentRecord {
  id: string;
  householdId: string;
  phoneHash: string;
  phoneCipher: string;
  nameCipher: string;
  importId: string;
}

export interface GrantRecord {
  id: string;
  userId: string;
  role: Role;
  placeId: string;
  grantedBy: string;
}

/**
 * An import's writes, in the caller's transaction: multi-row INSERTs for what is new, one UPDATE per changed row
 * (a re-import changes few). Unique keys (room, phone, active grant, member phone) still settle any race.
 */
@Injectable()
export class ImportWritesRepository {
  async insertPlaces(nodes: PlaceNode[], manager: EntityManager): Promise<void> {
    await this.insertMany(
      manager,
      Place,
      nodes.map((n) => ({
        id: n.id,
        level: n.level,
        name: n.name,
        parentId: n.parentId,
        path: n.path,
        boundary: null,
        minLng: null,
        minLat: null,
        maxLng: null,
        maxLat: null,
        lng: n.lng,
        lat: n.lat,
        unitCount: n.unitCount,
        retiredAt: null,
      })),
    );
  }

  async updateBuildings(updates: PlaceUpdate[], manager: EntityManager): Promise<void> {
    for (const { id, unitCount, lng, lat } of updates) await manager.update(Place, { id }, { unitCount, lng, lat });
  }

  async insertHouseholds(rows: NewHousehold[], importId: string, manager: EntityManager): Promise<void> {
    await this.insertMany(
      manager,
      Household,
      rows.map((r) => ({ ...r, importId })),
    );
  }

  async insertResidents(rows: ResidentRecord[], manager: EntityManager): Promise<void> {
    await this.insertMany(
      manager,
      HouseholdResident,
      rows.map((r) => ({ ...r, claimedBy: null, claimedAt: null })),
    );
  }

  /**
   * Moves or renames resident records (the import that did it now vouches for them). A record claimed meanwhile is
   * not moved: returns how many were written, fewer when a claim came first.
   */
  async updateResidents(rows: ResidentRecord[], manager: EntityManager): Promise<number> {
    let written = 0;
    for (const { id, householdId, nameCipher, importId } of rows) {
      const result = await manager
        .createQueryBuilder()
        .update(HouseholdResident)
        .set({ householdId, nameCipher, importId })
        .where('id = :id AND (claimed_at IS NULL OR household_id = :householdId)', { id, householdId })
        .execute();
      written += result.affected ?? 0;
    }
    return written;
  }

  /** New members known only by phone (staff rows): the name as nickname, the phone encrypted with its hash. */
  async insertMembers(
    rows: { id: string; nickname: string; phoneCipher: string; phoneHash: string }[],
    manager: EntityManager,
  ): Promise<void> {
    await this.insertMany(
      manager,
      User,
      rows.map((r) => ({ ...r, avatarUrl: null, homePlaceId: null, wechatOpenid: null, deletedAt: null })),
    );
  }

  /** Active grants, keyed as `GrantsRepository.insertGrant` keys them; returns them with their ids. */
  async insertGrants(rows: Omit<GrantRecord, 'id'>[], manager: EntityManager): Promise<GrantRecord[]> {
    const written = rows.map((g) => ({ id: newId(), ...g }));
    await this.insertMany(
      manager,
      RoleGrant,
      written.map((g) => ({ ...g, activeKey: `${g.userId}:${g.role}:${g.placeId}`, revokedAt: null, revokedBy: null })),
    );
    return written;
  }

  async insertUnits(rows: UnitWrite[], manager: EntityManager): Promise<void> {
    await this.insertMany(
      manager,
      PlaceUnit,
      rows.map((r) => ({ ...r, retiredAt: null })),
    );
  }

  async updateUnits(rows: UnitWrite[], manager: EntityManager): Promise<void> {
    for (const { id, placeId: _placeId, name: _name, ...fields } of rows)
      await manager.update(PlaceUnit, { id }, fields);
  }

  private async insertMany<T extends ObjectLiteral>(
    manager: EntityManager,
    entity: EntityTarget<T>,
    rows: ObjectLiteral[],
  ): Promise<void> {
    for (const part of chunks(rows, INSERT_CHUNK)) {
      // updateEntity(false): no read-back of the defaults (created_at) after each statement.
      await manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(part as never)
        .updateEntity(false)
        .execute();
    }
  }
}
