import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RedemptionStatus } from '@tongxin/types';
import { DataSource, type EntityManager, LessThan } from 'typeorm';

import { insertUnlessPresent } from '../../infra/database/db-errors';
import { toDate } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { PlaceUnit } from '../places/place-unit.entity';
import { User } from '../users/user.entity';
import { MallItem } from './mall-item.entity';
import { MallMemberCount } from './mall-member-count.entity';
import { Redemption } from './redemption.entity';

/** An item as the shelf shows it, with the name of the business that stocks it (if one does). */
export interface MallItemRow extends Pick<
  MallItem,
  'id' | 'communityId' | 'name' | 'pictureUrl' | 'pointsPrice' | 'stock' | 'perMemberLimit' | 'pickupPlace' | 'onShelf'
> {
  businessName: string | null;
}

/** A redemption with the item's name and pickup place and the member's nickname. */
export interface RedemptionRow extends Pick<
  Redemption,
  | 'id'
  | 'itemId'
  | 'memberId'
  | 'communityId'
  | 'points'
  | 'status'
  | 'pickupCode'
  | 'expiresAt'
  | 'collectedAt'
  | 'createdAt'
> {
  itemName: string;
  pickupPlace: string;
  memberNickname: string;
}

// What the drivers return: numbers may come as strings and booleans as 0/1; SQLite gives datetimes as text.
type RawMallItemRow = Omit<MallItemRow, 'pointsPrice' | 'stock' | 'perMemberLimit' | 'onShelf'> & {
  pointsPrice: number | string;
  stock: number | string;
  perMemberLimit: number | string;
  onShelf: boolean | number | string;
};
type RawRedemptionRow = Omit<RedemptionRow, 'points' | 'expiresAt' | 'collectedAt' | 'createdAt'> & {
  points: number | string;
  expiresAt: Date | string;
  collectedAt: Date | string | null;
  createdAt: Date | string;
};

function itemFromRaw(raw: RawMallItemRow): MallItemRow {
  return {
    ...raw,
    pointsPrice: Number(raw.pointsPrice),
    stock: Number(raw.stock),
    perMemberLimit: Number(raw.perMemberLimit),
    onShelf: raw.onShelf === true || raw.onShelf === 1 || raw.onShelf === '1',
  };
}

function redemptionFromRaw(raw: RawRedemptionRow): RedemptionRow {
  return {
    ...raw,
    points: Number(raw.points),
    expiresAt: toDate(raw.expiresAt),
    collectedAt: raw.collectedAt ? toDate(raw.collectedAt) : null,
    createdAt: toDate(raw.createdAt),
  };
}

@Injectable()
export class MallRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /**
   * Leaves `item` as the caller built it: TypeORM would write the re-read defaults back into it, raw (on_shelf
   * as 1 from mysql2).
   */
  async insertItem(item: MallItem): Promise<void> {
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(MallItem)
      .values(item)
      .updateEntity(false)
      .execute();
  }

  findItem(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(MallItem, { where: { id } });
  }

  async updateItem(id: string, fields: Partial<MallItem>, stockDelta: number): Promise<boolean> {
    const query = this.dataSource.manager
      .createQueryBuilder()
      .update(MallItem)
      .set({ ...fields, ...(stockDelta ? { stock: () => 'stock + :delta' } : {}) })
      .where('id = :id', { id, delta: stockDelta });
    if (stockDelta < 0) query.andWhere('stock >= :removed', { removed: -stockDelta });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  async findItems(where: {
    communityId: string;
    onShelfOnly: boolean;
    offset: number;
    limit: number;
  }): Promise<{ rows: MallItemRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(MallItem, 'i')
      .leftJoin(PlaceUnit, 'b', 'b.id = i.business_unit_id')
      .where('i.community_id = :communityId', { communityId: where.communityId });
    if (where.onShelfOnly) query.andWhere('i.on_shelf = :on', { on: true });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'i.id AS id',
        'i.community_id AS communityId',
        'i.name AS name',
        'i.picture_url AS pictureUrl',
        'i.points_price AS pointsPrice',
        'i.stock AS stock',
        'i.per_member_limit AS perMemberLimit',
        'i.pickup_place AS pickupPlace',
        'i.on_shelf AS onShelf',
        'b.name AS businessName',
      ])
      .orderBy('i.points_price', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .offset(where.offset)
      .limit(where.limit)
      .getRawMany<RawMallItemRow>();
    return { rows: rows.map(itemFromRaw), total };
  }

  businessUnit(id: string) {
    return this.dataSource.manager.findOne(PlaceUnit, { where: { id } });
  }

  ensureMemberCount(itemId: string, memberId: string): Promise<void> {
    return insertUnlessPresent(this.dataSource.manager, MallMemberCount, { itemId, memberId, count: 0 });
  }

  /** Takes one from stock if there is any and the item is on the shelf. */
  async takeStock(itemId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MallItem)
      .set({ stock: () => 'stock - 1' })
      .where('id = :itemId AND stock > 0 AND on_shelf = :on', { itemId, on: true })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async returnStock(itemId: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(MallItem)
      .set({ stock: () => 'stock + 1' })
      .where('id = :itemId', { itemId })
      .execute();
  }

  /** Counts one more redemption for the member unless the limit is reached. */
  async countUp(
    { itemId, memberId, limit }: { itemId: string; memberId: string; limit: number },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MallMemberCount)
      .set({ count: () => 'count + 1' })
      .where('item_id = :itemId AND member_id = :memberId AND count < :limit', { itemId, memberId, limit })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async countDown(itemId: string, memberId: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(MallMemberCount)
      .set({ count: () => 'count - 1' })
      .where('item_id = :itemId AND member_id = :memberId AND count > 0', { itemId, memberId })
      .execute();
  }

  /** A unique-key error on pickup_code means a (rare) code collision: the caller draws another. */
  async insertRedemption(row: Redemption, manager: EntityManager): Promise<void> {
    await manager.insert(Redemption, row);
  }

  findRedemption(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(Redemption, { where: { id } });
  }

  findRedemptionByCode(pickupCode: string) {
    return this.dataSource.manager.findOne(Redemption, { where: { pickupCode } });
  }

  /** Moves a redemption between states if it is still in `from` (and, for collection, not yet expired). */
  async transition(
    change: {
      id: string;
      from: RedemptionStatus;
      to: RedemptionStatus;
      fields?: Partial<Redemption>;
      notExpiredAt?: Date;
      expiredAt?: Date;
    },
    manager: EntityManager,
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(Redemption)
      .set({ status: change.to, ...change.fields })
      .where('id = :id AND status = :from', { id: change.id, from: change.from });
    if (change.notExpiredAt) query.andWhere('expires_at > :now', { now: change.notExpiredAt });
    if (change.expiredAt) query.andWhere('expires_at <= :now', { now: change.expiredAt });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  findDueIds(now: Date, limit: number): Promise<string[]> {
    return this.dataSource.manager
      .find(Redemption, {
        select: { id: true },
        where: { status: RedemptionStatus.AwaitingPickup, expiresAt: LessThan(now) },
        order: { expiresAt: 'ASC' },
        take: limit,
      })
      .then((rows) => rows.map((r) => r.id));
  }

  async findRedemptions(
    where: { id?: string; memberId?: string; communityId?: string; status?: RedemptionStatus },
    offset: number,
    limit: number,
  ): Promise<{ rows: RedemptionRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(Redemption, 'r')
      .innerJoin(MallItem, 'i', 'i.id = r.item_id')
      .innerJoin(User, 'u', 'u.id = r.member_id')
      .where('1 = 1');
    if (where.id) query.andWhere('r.id = :id', { id: where.id });
    if (where.memberId) query.andWhere('r.member_id = :memberId', { memberId: where.memberId });
    if (where.communityId) query.andWhere('r.community_id = :communityId', { communityId: where.communityId });
    if (where.status) query.andWhere('r.status = :status', { status: where.status });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'r.id AS id',
        'r.item_id AS itemId',
        'r.member_id AS memberId',
        'r.community_id AS communityId',
        'r.points AS points',
        'r.status AS status',
        'r.pickup_code AS pickupCode',
        'r.expires_at AS expiresAt',
        'r.collected_at AS collectedAt',
        'r.created_at AS createdAt',
        'i.name AS itemName',
        'i.pickup_place AS pickupPlace',
        'u.nickname AS memberNickname',
      ])
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getRawMany<RawRedemptionRow>();
    return { rows: rows.map(redemptionFromRaw), total };
  }
}
