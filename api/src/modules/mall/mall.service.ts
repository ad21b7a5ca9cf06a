import { randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type MallItemView,
  NotificationKind,
  type Page,
  PlaceUnitKind,
  PointsSource,
  RedemptionStatus,
  type RedemptionView,
} from '@tongxin/types';

import { AppConfig } from '../../infra/config/app-config';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { type Notice, NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import { LedgerService } from '../points/ledger.service';
import { PointsRepository } from '../points/points.repository';
import type { CreateMallItemDto, ListItemsQueryDto, ListRedemptionsQueryDto, UpdateMallItemDto } from './dto/mall.dto';
import { toItemView, toRedemptionView } from './mall.mapper';
import { MallRepository } from './mall.repository';
import { MallItem } from './mall-item.entity';
import { Redemption } from './redemption.entity';

class PickupCodeTaken extends Error {}

/** The points mall: items, redemptions that take stock and points in one transaction, pickup, cancel, expiry. */
@Injectable()
export class MallService {
  constructor(
    private readonly mall: MallRepository,
    private readonly ledger: LedgerService,
    private readonly points: PointsRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async items(query: ListItemsQueryDto, includeOffShelf = false): Promise<Page<MallItemView>> {
    const { rows, total } = await this.mall.findItems({
      communityId: query.communityId,
      onShelfOnly: !includeOffShelf,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toItemView), total, query);
  }

  async createItem(caller: Caller, body: CreateMallItemDto): Promise<MallItemView> {
    const community = await this.places.findActiveById(body.communityId);
    if (!community || community.level !== 'community') throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    let businessName: string | null = null;
    if (body.businessUnitId) {
      const unit = await this.mall.businessUnit(body.businessUnitId);
      const unitPlace = unit ? await this.places.findActiveById(unit.placeId) : null;
      if (!unit || unit.kind !== PlaceUnitKind.Business || !unitPlace || unit.retiredAt) {
        throw new DomainException(ErrorCode.NotFound, '商户不存在');
      }
      businessName = unit.name;
    }
    const item = Object.assign(new MallItem(), {
      id: newId(),
      communityId: body.communityId,
      businessUnitId: body.businessUnitId ?? null,
      name: body.name,
      pictureUrl: body.pictureUrl ?? null,
      pointsPrice: body.pointsPrice,
      stock: body.stock,
      perMemberLimit: body.perMemberLimit,
      pickupPlace: body.pickupPlace,
      onShelf: true,
      createdBy: caller.userId,
    });
    await this.mall.insertItem(item);
    return toItemView({ ...item, businessName });
  }

  async updateItem(id: string, body: UpdateMallItemDto): Promise<MallItemView> {
    const { stockDelta = 0, ...fields } = body;
    if (!(await this.mall.updateItem(id, fields, stockDelta))) {
      throw new DomainException(ErrorCode.OutOfStock, '库存不足，无法减少这么多');
    }
    const item = await this.mall.findItem(id);
    if (!item) throw new DomainException(ErrorCode.NotFound, '商品不存在');
    // The answer to an edit has always left the business's name out (null); the item lists carry it.
    return toItemView({ ...item, businessName: null });
  }

  /**
   * Takes one from stock, counts against the member's limit and debits the points in one transaction: it
   * cannot oversell, pass the limit or overdraw, however many arrive at once. The client's Idempotency-Key
   * makes a retry return the first redemption. A member redeems only in the malls of the communities they belong
   * to (`AccessService.belongsTo`: their verified home's community, or where — or above which — they hold a role).
   */
  async redeem(memberId: string, itemId: string, clientKey: string): Promise<RedemptionView> {
    const key = `redeem:${clientKey}`;
    const earlier = await this.points.findEntryByKey(memberId, key);
    if (earlier) return this.view(earlier.sourceId);
    const item = await this.mall.findItem(itemId);
    if (!item) throw new DomainException(ErrorCode.NotFound, '商品不存在');
    const community = await this.places.findActiveById(item.communityId);
    if (!community || !this.access.belongsTo(await this.access.grantsOf(memberId), community.path)) {
      throw new DomainException(ErrorCode.MallNotMember, '只能在您所在社区的积分超市兑换', {
        communityId: item.communityId,
      });
    }
    if (!item.onShelf) throw new DomainException(ErrorCode.ItemOffShelf, '商品已下架');
    await this.mall.ensureMemberCount(itemId, memberId);
    await this.points.ensureAccount(memberId);
    for (let attempt = 0; ; attempt += 1) {
      const id = newId();
      try {
        await this.mall.transaction(async (manager) => {
          if (!(await this.mall.takeStock(itemId, manager))) throw new DomainException(ErrorCode.OutOfStock, '已兑完');
          if (!(await this.mall.countUp({ itemId, memberId, limit: item.perMemberLimit }, manager))) {
            throw new DomainException(ErrorCode.RedemptionLimitReached, `每人限兑 ${item.perMemberLimit} 件`);
          }
          await this.ledger.spendIn(manager, {
            memberId,
            amount: item.pointsPrice,
            source: PointsSource.Redemption,
            sourceId: id,
            idempotencyKey: key,
            communityId: item.communityId,
            reason: item.name,
          });
          try {
            await this.mall.insertRedemption(
              Object.assign(new Redemption(), {
                id,
                itemId,
                memberId,
                communityId: item.communityId,
                points: item.pointsPrice,
                status: RedemptionStatus.AwaitingPickup,
                pickupCode: String(randomInt(10_000_000, 100_000_000)),
                expiresAt: new Date(Date.now() + this.config.mall.pickupDays * 86_400_000),
                collectedAt: null,
                collectedBy: null,
              }),
              manager,
            );
          } catch (error) {
            if (isUniqueViolation(error)) throw new PickupCodeTaken();
            throw error;
          }
        });
        return this.view(id);
      } catch (error) {
        if (error instanceof PickupCodeTaken && attempt < 3) continue;
        if (isUniqueViolation(error)) {
          // The same Idempotency-Key won in a concurrent request: answer with its redemption.
          const first = await this.points.findEntryByKey(memberId, key);
          if (first) return this.view(first.sourceId);
        }
        throw error;
      }
    }
  }

  async mine(memberId: string, query: PageQueryDto): Promise<Page<RedemptionView>> {
    const { rows, total } = await this.mall.findRedemptions(
      { memberId },
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(
      rows.map((r) => toRedemptionView(r, { withPickupCode: true })),
      total,
      query,
    );
  }

  async communityRedemptions(query: ListRedemptionsQueryDto): Promise<Page<RedemptionView>> {
    const { rows, total } = await this.mall.findRedemptions(
      { communityId: query.communityId, status: query.status },
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(
      rows.map((r) => toRedemptionView(r, { withPickupCode: false })),
      total,
      query,
    );
  }

  /** Staff scan or type the pickup code; a code is collected once. */
  async collect(caller: Caller, pickupCode: string): Promise<RedemptionView> {
    const redemption = await this.mall.findRedemptionByCode(pickupCode);
    const community = redemption ? await this.places.findActiveById(redemption.communityId) : null;
    if (!redemption || !community || !this.access.allows(caller.grants ?? [], Permission.MallManage, community.path)) {
      throw new DomainException(ErrorCode.PickupCodeInvalid, '取货码无效');
    }
    const collected = await this.mall.transaction((manager) =>
      this.mall.transition(
        {
          id: redemption.id,
          from: RedemptionStatus.AwaitingPickup,
          to: RedemptionStatus.Collected,
          fields: { collectedAt: new Date(), collectedBy: caller.userId },
          notExpiredAt: new Date(),
        },
        manager,
      ),
    );
    if (!collected) {
      const now = await this.view(redemption.id);
      throw new DomainException(
        ErrorCode.Conflict,
        now.status === RedemptionStatus.Collected ? '该兑换已领取' : '该兑换已失效',
        {
          status: now.status,
          collectedAt: now.collectedAt,
        },
      );
    }
    return this.view(redemption.id);
  }

  /** The member cancels before pickup: points back by a refund entry, stock back on the shelf. */
  async cancel(memberId: string, id: string): Promise<RedemptionView> {
    const redemption = await this.mall.findRedemption(id);
    if (!redemption || redemption.memberId !== memberId)
      throw new DomainException(ErrorCode.NotFound, '兑换记录不存在');
    const done = await this.release({ redemption, to: RedemptionStatus.Cancelled, actorId: memberId });
    if (!done) throw new DomainException(ErrorCode.RedemptionNotCancellable, '该兑换已领取或已失效');
    return this.view(id);
  }

  /** Expires unclaimed redemptions and refunds them; safe to run on every replica at once. */
  async expireDue(now = new Date()): Promise<number> {
    let expired = 0;
    for (const id of await this.mall.findDueIds(now, 200)) {
      const redemption = await this.mall.findRedemption(id);
      if (!redemption) continue;
      const item = await this.mall.findItem(redemption.itemId);
      const notice: Notice = {
        kind: NotificationKind.RedemptionExpired,
        title: '兑换已过期，积分已退回',
        body: `「${item?.name ?? '兑换商品'}」超过领取期限未领取，${redemption.points} 积分已退回您的账户。`,
      };
      const released = await this.release({
        redemption,
        to: RedemptionStatus.Expired,
        actorId: null,
        expiredAt: now,
        notice,
      });
      if (released) expired += 1;
    }
    return expired;
  }

  /** Moves an awaiting redemption to `to` (only once it has expired, with `expiredAt`) and gives back what it took. */
  private release({
    redemption,
    to,
    actorId,
    expiredAt,
    notice,
  }: {
    redemption: Redemption;
    to: RedemptionStatus;
    actorId: string | null;
    expiredAt?: Date;
    notice?: Notice;
  }): Promise<boolean> {
    return this.mall.transaction(async (manager) => {
      const moved = await this.mall.transition(
        { id: redemption.id, from: RedemptionStatus.AwaitingPickup, to, expiredAt },
        manager,
      );
      if (!moved) return false;
      await this.mall.returnStock(redemption.itemId, manager);
      await this.mall.countDown(redemption.itemId, redemption.memberId, manager);
      await this.ledger.refundIn(manager, {
        memberId: redemption.memberId,
        amount: redemption.points,
        communityId: redemption.communityId,
        sourceId: redemption.id,
        actorId,
      });
      if (notice) await this.notifications.notifyUsers([redemption.memberId], notice, manager);
      return true;
    });
  }

  private async view(id: string): Promise<RedemptionView> {
    const [row] = (await this.mall.findRedemptions({ id }, 0, 1)).rows;
    if (!row) throw new DomainException(ErrorCode.NotFound, '兑换记录不存在');
    return toRedemptionView(row, { withPickupCode: true });
  }
}
