import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RedemptionStatus } from '@tongxin/types';
import { DataSource, type EntityManager, LessThan } from 'typeorm';

import { insertUnlessPresent } from '../../infra/database/db-errors';
import { inTransaction } from '../../infra/database/transaction';
import { PlaceUnit } from '../places/place-unit.entity';
import { User } from '../users/user.entity';
import { MallItem } from './mall-item.entity';
import { MallMemberCount } from './mall-member-count.entity';
import { Redemption } from './redemption.entity';

export interface RedemptionRow extends Redemption {
  itemName: string;
  pickupPlace: string;
  memberNickname: string;
}

@Injectable()
export class MallRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insertItem(item: MallItem): Promise<void> {
    await this.dataSource.manager.insert(MallItem, item);
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

  async findItems(communityId: string, onShelfOnly: boolean, offset: number, limit: number) {
    const query = this.dataSource.manager
      .createQueryBuilder(MallItem, 'i')
      .leftJoin(PlaceUnit, 'b', 'b.id = i.business_unit_id')
      .where('i.community_id = :communityId', { communityId });
    if (onShelfOnly) query.andWhere('i.on_shelf = :on', { on: true });
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
      .offset(offset)
      .limit(limit)
      .getRawMany<Record<string, unknown>>();
    return { rows, total };
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
  async countUp(itemId: string, memberId: string, limit: number, manager: EntityManager): Promise<boolean> {
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
    id: string,
    from: RedemptionStatus,
    to: RedemptionStatus,
    fields: Partial<Redemption>,
    manager: EntityManager,
    condition?: { notExpiredAt?: Date; expiredAt?: Date },
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(Redemption)
      .set({ status: to, ...fields })
      .where('id = :id AND status = :from', { id, from });
    if (condition?.notExpiredAt) query.andWhere('expires_at > :now', { now: condition.notExpiredAt });
    if (condition?.expiredAt) query.andWhere('expires_at <= :now', { now: condition.expiredAt });
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
  ) {
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
      .getRawMany<Record<string, unknown>>();
    return { rows, total };
  }
}
