import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

import { inTransaction } from '../../infra/database/transaction';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  findActiveById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOne(User, { where: { id, deletedAt: IsNull() } });
  }

  findActiveByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(User, { where: { id: In(ids) } });
  }

  /** The path of the member's home place (their community's and grid's ids), or null without one. */
  async homePath(userId: string): Promise<string | null> {
    const rows = await this.dataSource.manager.query<{ path: string }[]>(
      'SELECT p.path AS path FROM users u JOIN places p ON p.id = u.home_place_id WHERE u.id = ?',
      [userId],
    );
    return rows[0]?.path ?? null;
  }

  findByPhoneHash(phoneHash: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOne(User, { where: { phoneHash } });
  }

  findByOpenid(openid: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOne(User, { where: { wechatOpenid: openid } });
  }

  /** Inserts a new member; a unique-key error means a concurrent first login created them first. */
  async insert(user: User, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(User, user);
  }

  async updateProfile(
    id: string,
    fields: Partial<Pick<User, 'nickname' | 'avatarUrl' | 'homePlaceId'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(User, { id }, fields);
  }

  /** Links a phone to the account; a unique-key error means another account already has it. */
  async setPhone(id: string, phoneCipher: string, phoneHash: string, manager: EntityManager = this.dataSource.manager) {
    await manager.update(User, { id }, { phoneCipher, phoneHash });
  }

  /** What the auth guard checks on every request: the current session version, and whether the account is gone. */
  async findSession(id: string): Promise<{ sessionVersion: number; deleted: boolean } | null> {
    const row = await this.dataSource.manager.findOne(User, {
      where: { id },
      select: { id: true, sessionVersion: true, deletedAt: true },
    });
    return row ? { sessionVersion: Number(row.sessionVersion), deleted: row.deletedAt !== null } : null;
  }

  /** Ends every session of the member: tokens issued under the old version are refused from the next request. */
  async bumpSessionVersion(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(User)
      .set({ sessionVersion: () => 'session_version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  /** Clears every personal field; the row stays so other records keep a valid reference. */
  async anonymise(id: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(User)
      .set({
        nickname: '已注销用户',
        avatarUrl: null,
        phoneCipher: null,
        phoneHash: null,
        wechatOpenid: null,
        homePlaceId: null,
        deletedAt: now,
        sessionVersion: () => 'session_version + 1',
      })
      .where('id = :id AND deleted_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
