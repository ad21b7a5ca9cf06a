import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';

import { inTransaction } from '../../../infra/database/transaction';
import { User } from '../../users/user.entity';
import { Checkin } from '../checkin.entity';
import { Scan } from '../scan.entity';

@Injectable()
export class CheckinsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** The scan a nonce was answered with at this event (nonces are the client's, so they count per event). */
  findScan(eventId: string, nonce: string): Promise<Scan | null> {
    return this.dataSource.manager.findOne(Scan, { where: { eventId, nonce } });
  }

  /** A unique-key error means this nonce was already answered at this event (or is being answered right now). */
  async insertScan(scan: Scan, manager: EntityManager): Promise<void> {
    await manager.insert(Scan, scan);
  }

  findLiveCheckin(registrationId: string, manager: EntityManager = this.dataSource.manager): Promise<Checkin | null> {
    return manager.findOne(Checkin, { where: { liveKey: registrationId } });
  }

  findCheckin(id: string): Promise<Checkin | null> {
    return this.dataSource.manager.findOne(Checkin, { where: { id } });
  }

  /** Every check-in of these registrations, undone ones too. */
  async findByRegistrations(registrationIds: string[]): Promise<Checkin[]> {
    if (registrationIds.length === 0) return [];
    return this.dataSource.manager.find(Checkin, { where: { registrationId: In(registrationIds) } });
  }

  /** A unique-key error means the ticket was checked in by someone else a moment ago. */
  async insertCheckin(checkin: Checkin, manager: EntityManager): Promise<void> {
    await manager.insert(Checkin, checkin);
  }

  async undo(id: string, after: Date): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(Checkin)
      .set({ liveKey: null, undoneAt: new Date() })
      .where('id = :id AND live_key IS NOT NULL AND checked_out_at IS NULL AND recorded_at > :after', { id, after })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /**
   * Records the 签退 on the registration's live check-in, once: false when there is none standing, it was checked
   * out already (by another scanner a moment ago), or it was checked in after `at`.
   */
  async checkOut(
    out: { registrationId: string; at: Date; scannerId: string; method: NonNullable<Checkin['checkoutMethod']> },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Checkin)
      .set({ checkedOutAt: out.at, checkoutScannerId: out.scannerId, checkoutMethod: out.method })
      .where('live_key = :registrationId AND checked_out_at IS NULL AND scanned_at <= :at', {
        registrationId: out.registrationId,
        at: out.at,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** The live check-ins of these registrations that have a 签退. */
  async findCheckedOut(registrationIds: string[]): Promise<Checkin[]> {
    if (registrationIds.length === 0) return [];
    return this.dataSource.manager.find(Checkin, {
      where: { registrationId: In(registrationIds), checkedOutAt: Not(IsNull()), liveKey: Not(IsNull()) },
    });
  }

  nickname(userId: string): Promise<Pick<User, 'id' | 'nickname'> | null> {
    return this.dataSource.manager.findOne(User, { where: { id: userId }, select: { id: true, nickname: true } });
  }

  countForReview(eventId: string): Promise<number> {
    return this.dataSource.manager.count(Scan, { where: { eventId, needsReview: true } });
  }
}
