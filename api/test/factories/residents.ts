import { Role } from '@tongxin/types';

import { newId } from '../../src/infra/database/ids';
import { TokensService } from '../../src/modules/auth/tokens.service';
import { GrantsRepository } from '../../src/modules/grants/grants.repository';
import { demoPlaceId } from '../../src/modules/seed/demo-data';
import { User } from '../../src/modules/users/user.entity';
import { client } from '../helpers/session';
import type { TestApp } from '../helpers/test-app';

export type Api = ReturnType<typeof client>;

/** `n` new residents of 阿吉拉沁 1号楼 (building `ajilaqin/g1/b1`), each with a session. */
export async function residents(t: TestApp, n: number): Promise<{ id: string; api: Api }[]> {
  const access = t.app.get(GrantsRepository);
  const tokens = t.app.get(TokensService);
  const building = demoPlaceId('ajilaqin/g1/b1');
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const id = newId();
    await t.dataSource.manager.insert(User, {
      id,
      nickname: `居民${String(i).padStart(3, '0')}`,
      avatarUrl: null,
      homePlaceId: building,
      phoneCipher: null,
      phoneHash: null,
      wechatOpenid: null,
      deletedAt: null,
    });
    await access.insertGrant({ userId: id, role: Role.Resident, placeId: building, grantedBy: null });
    out.push({ id, api: client(t.baseUrl, (await tokens.issue(id)).accessToken) });
  }
  return out;
}
