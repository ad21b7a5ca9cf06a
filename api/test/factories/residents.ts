import { Role } from '@tongxin/types';

import { newId } from '../../src/infra/database/ids';
import { TokensService } from '../../src/modules/auth/tokens.service';
import { GrantsRepository } from '../../src/modules/grants/grants.repository';
import { demoPlaceId } from '../../src/modules/seed/demo-data';
import { User } from '../../src/modules/users/user.entity';
import { client } from '../helpers/session';
import type { TestApp } from '../helpers/test-app';

export type Api = ReturnType<typeof client>;

/** `n` new residents of a demo building (阿吉拉沁 1号楼, `ajilaqin/g1/b1`, unless told), each with a session. */
export async function residents(
  t: TestApp,
  n: number,
  buildingKey = 'ajilaqin/g1/b1',
): Promise<{ id: string; api: Api; token: string }[]> {
  const access = t.app.get(GrantsRepository);
  const tokens = t.app.get(TokensService);
  const building = demoPlaceId(buildingKey);
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
    const { accessToken } = await tokens.issue(id);
    out.push({ id, api: client(t.baseUrl, accessToken), token: accessToken });
  }
  return out;
}
