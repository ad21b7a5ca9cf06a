import type { Role } from '@tongxin/types';

import { newId } from '../../src/infra/database/ids';
import { TokensService } from '../../src/modules/auth/tokens.service';
import { GrantsRepository } from '../../src/modules/grants/grants.repository';
import { demoPlaceId } from '../../src/modules/seed/demo-data';
import { User } from '../../src/modules/users/user.entity';
import { client } from '../helpers/session';
import type { TestApp } from '../helpers/test-app';

export interface RoleHolder {
  id: string;
  openid: string;
  /** The session's access token (for uploads, which the JSON client does not send). */
  token: string;
  api: ReturnType<typeof client>;
}

/** A new member holding `role` on a demo place, known to WeChat by `openid` (so reminders can reach them). */
export async function roleHolder(
  t: TestApp,
  grant: { role: Role; place: string; openid: string },
): Promise<RoleHolder> {
  const id = newId();
  await t.dataSource.manager.insert(User, {
    id,
    nickname: grant.openid,
    avatarUrl: null,
    homePlaceId: null,
    phoneCipher: null,
    phoneHash: null,
    wechatOpenid: grant.openid,
    deletedAt: null,
  });
  await t.app
    .get(GrantsRepository)
    .insertGrant({ userId: id, role: grant.role, placeId: demoPlaceId(grant.place), grantedBy: null });
  const { accessToken } = await t.app.get(TokensService).issue(id);
  return { id, openid: grant.openid, token: accessToken, api: client(t.baseUrl, accessToken) };
}
