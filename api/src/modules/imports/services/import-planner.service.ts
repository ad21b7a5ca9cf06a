import { Injectable } from '@nestjs/common';
import { ImportKind, type Role } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { PiiCipher } from '../../../infra/crypto/pii-cipher';
import { newId } from '../../../infra/database/ids';
import type { ActiveGrant } from '../../access/access.repository';
import { canGrant } from '../../access/permissions';
import {
  HOUSEHOLDS_SPEC,
  type HouseholdsPlan,
  type KnownResident,
  parseHouseholdRows,
  planHouseholds,
} from '../kinds/households.kind';
import { columnOrder, type KindSpec } from '../kinds/kind-spec';
import { NAMED_LEVELS, outsideKey, PlaceIndex, type PlaceNames, type PlaceNode } from '../kinds/place-index';
import { parsePlaceRows, PLACES_SPEC, type PlacesPlan, planPlaces } from '../kinds/places.kind';
import { parseStaffRows, planStaff, STAFF_SPEC, type StaffPlan } from '../kinds/staff.kind';
import { ImportTally } from '../kinds/tally';
import { parseUnitRows, planUnits, UNITS_SPEC, type UnitsPlan } from '../kinds/units.kind';
import { ImportStateRepository } from '../repositories/import-state.repository';
import type { SheetTable } from '../workbook/workbook';

export const KIND_SPECS: Record<ImportKind, KindSpec> = {
  places: PLACES_SPEC,
  households: HOUSEHOLDS_SPEC,
  staff: STAFF_SPEC,
  units: UNITS_SPEC,
};

export type KindPlan =
  | { kind: 'places'; plan: PlacesPlan }
  | { kind: 'households'; plan: HouseholdsPlan }
  | { kind: 'staff'; plan: StaffPlan }
  | { kind: 'units'; plan: UnitsPlan };

export interface PlanRequest {
  kind: ImportKind;
  scope: PlaceNode;
  table: SheetTable;
  callerId: string;
  callerGrants: ActiveGrant[];
}

/**
 * A workbook against the database: its cells checked alone, then the rows compared with what the scope holds,
 * read by sets. The same plan serves the dry run (outside a transaction) and the apply (inside it, after the lock).
 */
@Injectable()
export class ImportPlannerService {
  constructor(
    private readonly state: ImportStateRepository,
    private readonly cipher: PiiCipher,
  ) {}

  async plan(request: PlanRequest, manager?: EntityManager): Promise<{ tally: ImportTally; plan: KindPlan }> {
    const tally = new ImportTally(columnOrder(KIND_SPECS[request.kind]));
    const places = await this.state.findPlacesWithin(request.scope.path, manager);
    const scope = places.find((p) => p.id === request.scope.id) ?? request.scope;
    switch (request.kind) {
      case ImportKind.Places: {
        const rows = parsePlaceRows(request.table, tally);
        const index = new PlaceIndex(scope, places);
        return { tally, plan: { kind: 'places', plan: planPlaces(rows, index, tally, newId) } };
      }
      case ImportKind.Households: {
        const rows = parseHouseholdRows(request.table, tally);
        const index = await this.index(
          scope,
          places,
          rows.map((r) => r.names),
          manager,
        );
        const households = new Map(
          (await this.state.findHouseholdsWithin(scope.path, manager)).map((h) => [
            `${h.buildingId}/${h.unit}/${h.room}`,
            h,
          ]),
        );
        const hashes = new Map(rows.flatMap((r) => r.residents).map((r) => [r.phone, this.cipher.hash(r.phone)]));
        const residents = new Map<string, KnownResident>(
          (await this.state.findResidentsByPhoneHashes([...hashes.values()], manager)).map((r) => [
            r.phoneHash,
            {
              id: r.id,
              phoneHash: r.phoneHash,
              householdId: r.householdId,
              name: this.cipher.decrypt(r.nameCipher),
              claimed: r.claimedAt !== null,
              inScope: r.buildingPath.startsWith(scope.path),
              home: `${r.buildingName} ${r.label}`,
            },
          ]),
        );
        const world = { index, households, residents, hash: (phone: string) => hashes.get(phone) as string, newId };
        return { tally, plan: { kind: 'households', plan: planHouseholds(rows, world, tally) } };
      }
      case ImportKind.Staff: {
        const rows = parseStaffRows(request.table, tally);
        const index = await this.index(
          scope,
          places,
          rows.map((r) => r.names),
          manager,
        );
        const hashes = new Map(rows.map((r) => [r.phone, this.cipher.hash(r.phone)]));
        const members = await this.state.findMembersByPhoneHashes([...hashes.values()], manager);
        const activeGrants = await this.state.findActiveGrantKeysOf(
          members.map((m) => m.id),
          manager,
        );
        const world = {
          index,
          members: new Map(members.map((m) => [m.phoneHash, { id: m.id }])),
          activeGrants,
          callerId: request.callerId,
          mayGrant: (path: string, role: Role) =>
            canGrant(
              request.callerGrants.filter((g) => path.startsWith(g.placePath)).map((g) => g.role),
              role,
            ),
          hash: (phone: string) => hashes.get(phone) as string,
          newId,
        };
        return { tally, plan: { kind: 'staff', plan: planStaff(rows, world, tally) } };
      }
      case ImportKind.Units: {
        const rows = parseUnitRows(request.table, tally);
        const index = await this.index(
          scope,
          places,
          rows.map((r) => r.names),
          manager,
        );
        const units = new Map(
          (await this.state.findUnitsWithin(scope.path, manager)).map((u) => [`${u.placeId}/${u.name}`, u]),
        );
        return { tally, plan: { kind: 'units', plan: planUnits(rows, { index, units, newId }, tally) } };
      }
    }
  }

  /** The scope's places, and which of the names the rows use that the scope lacks exist elsewhere. */
  private async index(
    scope: PlaceNode,
    places: PlaceNode[],
    names: PlaceNames[],
    manager?: EntityManager,
  ): Promise<PlaceIndex> {
    const inside = new Set(places.map((p) => outsideKey(p.level, p.name)));
    const missing = new Set<string>();
    for (const row of names) {
      for (const level of NAMED_LEVELS) {
        const name = row[level];
        if (name && !inside.has(outsideKey(level, name))) missing.add(name);
      }
    }
    const outside =
      missing.size > 0 ? await this.state.findNamedOutside(scope.path, [...missing], manager) : new Set<string>();
    return new PlaceIndex(scope, places, outside);
  }
}
