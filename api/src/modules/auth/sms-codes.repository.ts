import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';

import { SmsCode } from './sms-code.entity';

@Injectable()
export class SmsCodesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts a code; a unique-key error means another code was sent in the same cooldown window. */
  async insert(row: SmsCode, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(SmsCode, row);
  }

  async remove(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.delete(SmsCode, { id });
  }

  countForPhoneSince(
    phoneHash: string,
    since: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return manager.count(SmsCode, { where: { phoneHash, createdAt: MoreThan(since) } });
  }

  countForIpSince(ipHash: string, since: Date, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.count(SmsCode, { where: { ipHash, createdAt: MoreThan(since) } });
  }

  /** The newest code sent to the phone (only the newest one counts). */
  findLatest(phoneHash: string, manager: EntityManager = this.dataSource.manager): Promise<SmsCode | null> {
    return manager.findOne(SmsCode, { where: { phoneHash }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Counts a wrong guess unless the code is already locked; returns whether this guess was counted. */
  async recordFailedAttempt(
    id: string,
    maxAttempts: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SmsCode)
      .set({ attempts: () => 'attempts + 1' })
      .where('id = :id AND attempts < :max AND consumed_at IS NULL', { id, max: maxAttempts })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Consumes the code if it is still usable; exactly one concurrent caller gets true. */
  async consume(
    id: string,
    maxAttempts: number,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SmsCode)
      .set({ consumedAt: now })
      .where('id = :id AND consumed_at IS NULL AND attempts < :max AND expires_at > :now', {
        id,
        max: maxAttempts,
        now,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
