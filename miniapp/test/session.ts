import type { AuthTokens, MeSummary } from '@tongxin/types';

import { saveSession } from '@/services/session';

/** A saved session, as after a login: 其其格 with no roles unless the test gives a user. */
export function signIn(user: Partial<MeSummary> = {}): void {
  const tokens: AuthTokens = {
    accessToken: 'access',
    refreshToken: 'refresh',
    expiresIn: 900,
    user: { id: 'member-1', nickname: '其其格', avatarUrl: null, phone: null, roles: [], ...user },
  };
  saveSession(tokens);
}
