import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BindingStatus } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { inTransaction } from '../../../infra/database/transaction';
import { ResidenceBinding } from '../../bindings/residence-binding.entity';
import { User } from '../../users/user.entity';
import { Household } from '../entities/household.entity';
import { HouseholdResident } from '../entities/household-resident.entity';
import { ImportRun } from '../entities/import-run.entity';
import { chunks } from './import-state.repository';

/** A home waiting for its resident's first login: the household, and who vouched for it. */
export interface UnclaimedHome {
  residentId: string;
  phoneHash: string;
  householdId: string;
  buildingId: string;
  label: string;
  importId: string;
  importedBy: string;
}

/** A member's live (pending or verified) binding. */
export interface LiveBinding {
  id: string;
  userId: string;
  buildingId: string;
  household: string;
  status: BindingStatus;
}

@Injectable()
export class HomeClaimsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** Unclaimed resident records with these phone hashes (`uq_household_residents_phone`). */
  async findUnclaimed(hashes: string[], manager: EntityManager = this.dataSource.manager): Promise<UnclaimedHome[]> {
    const out: UnclaimedHome[] = [];
    for (const part of chunks(hashes)) {
      const rows = await manager
        .createQueryBuilder(HouseholdResident, 'r')
        .innerJoin(Household, 'h', 'h.id = r.household_id')
        .innerJoin(ImportRun, 'i', 'i.id = r.import_id')
        .select([
          'r.id AS residentId',
          'r.phone_hash AS phoneHash',
          'r.household_id AS householdId',
          'h.building_id AS buildingId',
          'h.label AS label',
          'r.import_id AS importId',
          'i.actor_id AS importedBy',
        ])
        .where('r.phone_hash IN (:...part) AND r.claimed_at IS NULL', { part })
        .getRawMany<UnclaimedHome>();
      out.push(...rows);
    }
    return out;
  }

  async findLiveBindings(userIds: string[], manager: EntityManager): Promise<LiveBinding[]> {
    const out: LiveBinding[] = [];
    for (const part of chunks(userIds)) {
      const rows = await manager
        .createQueryBuilder(ResidenceBinding, 'b')
        .select([
          'b.id AS id',
          'b.user_id AS userId',
          'b.building_id AS buildingId',
          'b.household AS household',
          'b.status AS status',
        ])
        .where('b.active_key IN (:...part)', { part })
        .getRawMany<LiveBinding>();
      out.push(...rows);
    }
    return out;
  }

  /** Claims the record for the member if nobody has; true for the one call that did. */
  async markClaimed(residentId: string, userId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(HouseholdResident)
      .set({ claimedBy: userId, claimedAt: new Date() })
      .where('id = :residentId AND claimed_at IS NULL', { residentId })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Withdraws pending requests that a verified home from the 台账 replaces. */
  async withdrawPending(ids: string[], manager: EntityManager): Promise<void> {
    for (const part of chunks(ids)) {
      await manager
        .createQueryBuilder()
        .update(ResidenceBinding)
        .set({ status: BindingStatus.Withdrawn, activeKey: null })
        .where('id IN (:...part) AND status = :pending', { part, pending: BindingStatus.Pending })
        .execute();
    }
  }

  /** Verified bindings, as staff verifying a request would leave them; the active key settles a racing request. */
  async insertVerified(
    rows: { id: string; userId: string; buildingId: string; household: string; reviewedBy: string }[],
    manager: EntityManager,
  ): Promise<void> {
    const now = new Date();
    for (const part of chunks(rows, 250)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ResidenceBinding)
        .values(
          part.map((r) => ({
            ...r,
            status: BindingStatus.Verified,
            activeKey: r.userId,
            reason: null,
            reviewedAt: now,
          })),
        )
        .updateEntity(false)
        .execute();
    }
  }

  async setHome(userIds: string[], buildingId: string, manager: EntityManager): Promise<void> {
    for (const part of chunks(userIds)) {
      await manager
        .createQueryBuilder()
        .update(User)
        .set({ homePlaceId: buildingId })
        .where('id IN (:...part)', { part })
        .execute();
    }
  }
}
