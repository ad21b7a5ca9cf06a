import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlaceLevel, type PlaceUnitKind } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { RoleGrant } from '../../access/role-grant.entity';
import { Place } from '../../places/place.entity';
import { PlaceUnit } from '../../places/place-unit.entity';
import { User } from '../../users/user.entity';
import { Household } from '../entities/household.entity';
import { HouseholdResident } from '../entities/household-resident.entity';
import type { KnownHousehold } from '../kinds/households.kind';
import type { PlaceNode } from '../kinds/place-index';
import type { KnownUnit } from '../kinds/units.kind';

/** Statements bind at most this many values from a list (SQLite's and MySQL's placeholder limits stay far off). */
export const IN_CHUNK = 500;

export function chunks<T>(items: T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A resident record with where it is, for the households plan and claims. */
export interface ResidentRow {
  id: string;
  phoneHash: string;
  nameCipher: string;
  householdId: string;
  label: string;
  buildingName: string;
  buildingPath: string;
  claimedAt: Date | string | null;
}

/**
 * What a plan compares a workbook with, read by sets — every place of the scope at once, members and residents
 * by the phone hashes in the file, 500 to a statement — never one query per row.
 */
@Injectable()
export class ImportStateRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active places at and under `path`, the scope first. */
  async findPlacesWithin(path: string, manager: EntityManager = this.dataSource.manager): Promise<PlaceNode[]> {
    const rows = await manager
      .createQueryBuilder(Place, 'p')
      .select([
        'p.id AS id',
        'p.level AS level',
        'p.name AS name',
        'p.parent_id AS parentId',
        'p.path AS path',
        'p.unit_count AS unitCount',
        'p.lng AS lng',
        'p.lat AS lat',
      ])
      .where('p.path LIKE :path AND p.retired_at IS NULL', { path: `${path}%` })
      .orderBy('p.path', 'ASC')
      .getRawMany<PlaceNode>();
    return rows.map((r) => ({
      ...r,
      unitCount: r.unitCount === null ? null : Number(r.unitCount),
      lng: r.lng === null ? null : Number(r.lng),
      lat: r.lat === null ? null : Number(r.lat),
    }));
  }

  /**
   * Locks the scope and every active place under it that can take children (communities and grids), in path
   * order — parents before children, as place admin locks them — so a place created by hand meanwhile cannot
   * duplicate one the import creates. SQLite runs one transaction at a time and needs no lock.
   */
  async lockParentsWithin(path: string, manager: EntityManager): Promise<void> {
    if (this.dataSource.options.type === 'better-sqlite3') return;
    await manager
      .createQueryBuilder(Place, 'p')
      .select('p.id', 'id')
      .where('p.path LIKE :path AND p.retired_at IS NULL AND p.level IN (:...levels)', {
        path: `${path}%`,
        levels: [PlaceLevel.Street, PlaceLevel.Community, PlaceLevel.Grid],
      })
      .orderBy('p.path', 'ASC')
      .setLock('pessimistic_write')
      .getRawMany();
  }

  /** `level:name` of active places outside `path` called any of `names` (to say "outside your scope"). */
  async findNamedOutside(path: string, names: string[], manager = this.dataSource.manager): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks([...new Set(names)])) {
      const rows = await manager
        .createQueryBuilder(Place, 'p')
        .select(['p.level AS level', 'p.name AS name'])
        .distinct(true)
        .where('p.name IN (:...part) AND p.retired_at IS NULL AND p.path NOT LIKE :path', { part, path: `${path}%` })
        .getRawMany<{ level: PlaceLevel; name: string }>();
      for (const r of rows) found.add(`${r.level}:${r.name}`);
    }
    return found;
  }

  /** Households on buildings at or under `path`. */
  findHouseholdsWithin(path: string, manager = this.dataSource.manager): Promise<KnownHousehold[]> {
    return manager
      .createQueryBuilder(Household, 'h')
      .innerJoin(Place, 'b', 'b.id = h.building_id')
      .select(['h.id AS id', 'h.building_id AS buildingId', 'h.unit AS unit', 'h.room AS room'])
      .where('b.path LIKE :path', { path: `${path}%` })
      .getRawMany<KnownHousehold>();
  }

  /** Resident records with any of these phone hashes, wherever they are. */
  async findResidentsByPhoneHashes(hashes: string[], manager = this.dataSource.manager): Promise<ResidentRow[]> {
    const out: ResidentRow[] = [];
    for (const part of chunks(hashes)) {
      const rows = await manager
        .createQueryBuilder(HouseholdResident, 'r')
        .innerJoin(Household, 'h', 'h.id = r.household_id')
        .innerJoin(Place, 'b', 'b.id = h.building_id')
        .select([
          'r.id AS id',
          'r.phone_hash AS phoneHash',
          'r.name_cipher AS nameCipher',
          'r.household_id AS householdId',
          'h.label AS label',
          'b.name AS buildingName',
          'b.path AS buildingPath',
          'r.claimed_at AS claimedAt',
        ])
        .where('r.phone_hash IN (:...part)', { part })
        .getRawMany<ResidentRow>();
      out.push(...rows);
    }
    return out;
  }

  /** Active members with any of these phone hashes. */
  async findMembersByPhoneHashes(
    hashes: string[],
    manager = this.dataSource.manager,
  ): Promise<{ id: string; phoneHash: string }[]> {
    const out: { id: string; phoneHash: string }[] = [];
    for (const part of chunks(hashes)) {
      const rows = await manager
        .createQueryBuilder(User, 'u')
        .select(['u.id AS id', 'u.phone_hash AS phoneHash'])
        .where('u.phone_hash IN (:...part) AND u.deleted_at IS NULL', { part })
        .getRawMany<{ id: string; phoneHash: string }>();
      out.push(...rows);
    }
    return out;
  }

  /** Which of these `user:role:place` keys are active grants. */
  async findActiveGrantKeys(keys: string[], manager = this.dataSource.manager): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks(keys)) {
      const rows = await manager
        .createQueryBuilder(RoleGrant, 'g')
        .select('g.active_key', 'key')
        .where('g.active_key IN (:...part)', { part })
        .getRawMany<{ key: string }>();
      for (const r of rows) found.add(r.key);
    }
    return found;
  }

  /** `user:role:place` of every active grant these members hold. */
  async findActiveGrantKeysOf(userIds: string[], manager = this.dataSource.manager): Promise<Set<string>> {
    const found = new Set<string>();
    for (const part of chunks(userIds)) {
      const rows = await manager
        .createQueryBuilder(RoleGrant, 'g')
        .select('g.active_key', 'key')
        .where('g.user_id IN (:...part) AND g.revoked_at IS NULL', { part })
        .getRawMany<{ key: string }>();
      for (const r of rows) found.add(r.key);
    }
    return found;
  }

  /** Active units on places at or under `path`. */
  findUnitsWithin(path: string, manager = this.dataSource.manager): Promise<KnownUnit[]> {
    return manager
      .createQueryBuilder(PlaceUnit, 'u')
      .innerJoin(Place, 'p', 'p.id = u.place_id AND p.retired_at IS NULL')
      .select([
        'u.id AS id',
        'u.place_id AS placeId',
        'u.kind AS kind',
        'u.name AS name',
        'u.address AS address',
        'u.services AS services',
        'u.opening_hours AS openingHours',
        'u.contact_name AS contactName',
        'u.contact_phone AS contactPhone',
        'u.lng AS lng',
        'u.lat AS lat',
      ])
      .where('p.path LIKE :path AND u.retired_at IS NULL', { path: `${path}%` })
      .getRawMany<KnownUnit & { kind: PlaceUnitKind }>()
      .then((rows) =>
        rows.map((r) => ({
          ...r,
          lng: r.lng === null ? null : Number(r.lng),
          lat: r.lat === null ? null : Number(r.lat),
        })),
      );
  }
}
