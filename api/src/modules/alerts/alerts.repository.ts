import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tongxin/types';
import { DataSource, In } from 'typeorm';

import { insertUnlessPresent, isUniqueViolation } from '../../infra/database/db-errors';
import { RoleGrant } from '../access/role-grant.entity';
import { OrderAlertMember } from './order-alert-member.entity';
import { OrderExpiryAlert } from './order-expiry-alert.entity';

export interface AlertSettingsRow {
  userId: string;
  enabled: boolean;
  quietStart: number | null;
  quietEnd: number | null;
}

@Injectable()
export class AlertsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active holders of `roles` granted on any of `placeIds` (a grid and its community). */
  async findHolders(placeIds: string[], roles: Role[]): Promise<string[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(RoleGrant, 'g')
      .select('DISTINCT g.user_id', 'userId')
      .where('g.place_id IN (:...placeIds) AND g.revoked_at IS NULL AND g.role IN (:...roles)', { placeIds, roles })
      .getRawMany<{ userId: string }>();
    return rows.map((r) => r.userId);
  }

  async findSettings(userIds: string[]): Promise<AlertSettingsRow[]> {
    if (userIds.length === 0) return [];
    return this.dataSource.manager.find(OrderAlertMember, {
      select: { userId: true, enabled: true, quietStart: true, quietEnd: true },
      where: { userId: In(userIds) },
    });
  }

  /** Writes the member's settings (the row may not exist yet); the push window is left as it is. */
  async saveSettings(row: AlertSettingsRow): Promise<void> {
    await this.ensure(row.userId);
    await this.dataSource.manager.update(
      OrderAlertMember,
      { userId: row.userId },
      { enabled: row.enabled, quietStart: row.quietStart, quietEnd: row.quietEnd },
    );
  }

  /**
   * Takes the member's push window: true for exactly one caller per window, whichever replica asks (a conditional
   * UPDATE on the last push), and never while the switch is off.
   */
  async claimPushWindow(userId: string, now: Date, windowStart: Date): Promise<boolean> {
    await this.ensure(userId);
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(OrderAlertMember)
      .set({ lastPushedAt: now })
      .where('user_id = :userId AND enabled = :on AND (last_pushed_at IS NULL OR last_pushed_at <= :windowStart)', {
        userId,
        on: true,
        windowStart,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  private ensure(userId: string): Promise<void> {
    return insertUnlessPresent(this.dataSource.manager, OrderAlertMember, {
      userId,
      enabled: true,
      quietStart: null,
      quietEnd: null,
      lastPushedAt: null,
    } as OrderAlertMember);
  }

  /** True for the one caller that first marks this order's deadline as announced (a unique key). */
  async markExpiryAnnounced(orderId: string, deadline: Date): Promise<boolean> {
    try {
      await this.dataSource.manager.insert(OrderExpiryAlert, { key: `${orderId}:${deadline.getTime()}` });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
