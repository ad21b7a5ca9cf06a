import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@tongxin/types';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

import { RoleGrant } from '../access/role-grant.entity';
import { Notification, type PushState } from './notification.entity';

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(rows: Notification[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (rows.length > 0) await manager.insert(Notification, rows);
  }

  /** Holders of `roles` granted exactly on `placeId` (the level an escalation reaches). */
  async findHolders(placeId: string, roles: Role[]): Promise<string[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(RoleGrant, 'g')
      .select('DISTINCT g.user_id', 'userId')
      .where('g.place_id = :placeId AND g.revoked_at IS NULL AND g.role IN (:...roles)', { placeId, roles })
      .getRawMany<{ userId: string }>();
    return rows.map((r) => r.userId);
  }

  async findForUser(userId: string, offset: number, limit: number) {
    const [rows, total] = await this.dataSource.manager.findAndCount(Notification, {
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  /** Notices whose reminder is waiting, or was taken by a sender that has not finished since `staleBefore`. */
  async findPushDue(staleBefore: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(Notification, 'n')
      .select('n.id', 'id')
      .where("n.push_state = 'pending' OR (n.push_state = 'sending' AND n.push_claimed_at < :staleBefore)", {
        staleBefore,
      })
      .orderBy('n.id', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /** Takes a reminder to send; false when another sender has it (settled by this statement). */
  async claimPush(id: string, now: Date, staleBefore: Date): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(Notification)
      .set({ pushState: 'sending', pushClaimedAt: now, pushAttempts: () => 'push_attempts + 1' })
      .where("id = :id AND (push_state = 'pending' OR (push_state = 'sending' AND push_claimed_at < :staleBefore))", {
        id,
        staleBefore,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  findById(id: string): Promise<Notification | null> {
    return this.dataSource.manager.findOne(Notification, { where: { id } });
  }

  /** Ends the claim: the outcome, or back to pending for another try. */
  async settlePush(id: string, state: PushState): Promise<void> {
    await this.dataSource.manager
      .createQueryBuilder()
      .update(Notification)
      .set({ pushState: state, pushClaimedAt: null })
      .where("id = :id AND push_state = 'sending'", { id })
      .execute();
  }

  countUnread(userId: string): Promise<number> {
    return this.dataSource.manager.count(Notification, { where: { userId, readAt: IsNull() } });
  }

  async markRead(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: new Date() })
      .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Whether the notice is the member's (read or not). */
  async isOwn(userId: string, id: string): Promise<boolean> {
    return (await this.dataSource.manager.count(Notification, { where: { id, userId } })) > 0;
  }

  async markAllRead(userId: string): Promise<number> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: new Date() })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
    return result.affected ?? 0;
  }
}
